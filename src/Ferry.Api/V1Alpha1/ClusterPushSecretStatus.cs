using System.ComponentModel;
using System.Text.Json.Serialization;
using Ferry.Api.V1;

namespace Ferry.Api.V1Alpha1;

[Description("Observed state of a ClusterPushSecret.")]
public sealed class ClusterPushSecretStatus
{
    [Description("Conditions such as Ready.")]
    [JsonPropertyName("conditions")]
    public List<StatusCondition>? Conditions { get; set; }

    [Description("Namespaces where the PushSecret could not be created or updated, each with its reason.")]
    [JsonPropertyName("failedNamespaces")]
    public List<NamespaceFailure>? FailedNamespaces { get; set; }

    [Description("Namespaces holding an up-to-date PushSecret.")]
    [JsonPropertyName("provisionedNamespaces")]
    public List<string>? ProvisionedNamespaces { get; set; }

    [Description("The name under which the PushSecrets were created.")]
    [JsonPropertyName("pushSecretName")]
    public string? PushSecretName { get; set; }
}
