using System.Text.Json.Serialization;
using Ferry.Api.V1;

namespace Ferry.Api.V1Alpha1;

public sealed class ClusterPushSecretStatus
{
    [JsonPropertyName("conditions")]
    public List<StatusCondition>? Conditions { get; set; }

    [JsonPropertyName("failedNamespaces")]
    public List<NamespaceFailure>? FailedNamespaces { get; set; }

    [JsonPropertyName("provisionedNamespaces")]
    public List<string>? ProvisionedNamespaces { get; set; }

    [JsonPropertyName("pushSecretName")]
    public string? PushSecretName { get; set; }
}
