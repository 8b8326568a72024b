using System.ComponentModel;
using System.Text.Json.Serialization;

namespace Ferry.Api.V1;

[Description("Observed state of a ClusterExternalSecret.")]
public sealed class ClusterExternalSecretStatus
{
    [Description("Conditions of type Ready; when some namespace failed the message says so.")]
    [JsonPropertyName("conditions")]
    public List<ClusterExternalSecretStatusCondition>? Conditions { get; set; }

    [Description("The name under which the ExternalSecrets were created.")]
    [JsonPropertyName("externalSecretName")]
    public string? ExternalSecretName { get; set; }

    [Description("Namespaces where the ExternalSecret could not be created or updated, each with its reason, sorted by namespace.")]
    [JsonPropertyName("failedNamespaces")]
    public List<NamespaceFailure>? FailedNamespaces { get; set; }

    [Description("Namespaces holding an up-to-date ExternalSecret, sorted by name.")]
    [JsonPropertyName("provisionedNamespaces")]
    public List<string>? ProvisionedNamespaces { get; set; }
}
