using System.Text.Json.Serialization;

namespace Ferry.Api.V1;

public sealed class ClusterExternalSecretStatus
{
    [JsonPropertyName("conditions")]
    public List<ClusterExternalSecretStatusCondition>? Conditions { get; set; }

    [JsonPropertyName("externalSecretName")]
    public string? ExternalSecretName { get; set; }

    [JsonPropertyName("failedNamespaces")]
    public List<NamespaceFailure>? FailedNamespaces { get; set; }

    [JsonPropertyName("provisionedNamespaces")]
    public List<string>? ProvisionedNamespaces { get; set; }
}
