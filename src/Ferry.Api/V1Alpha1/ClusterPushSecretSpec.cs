using System.Text.Json.Serialization;
using Ferry.Api.Schema;
using Ferry.Api.V1;

namespace Ferry.Api.V1Alpha1;

public sealed class ClusterPushSecretSpec
{
    [JsonPropertyName("namespaceSelectors")]
    public List<LabelSelector>? NamespaceSelectors { get; set; }

    [JsonPropertyName("pushSecretMetadata")]
    public ObjectMetadata? PushSecretMetadata { get; set; }

    [JsonPropertyName("pushSecretName")]
    [Pattern(@"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")]
    [Bounds(MinLength = 1, MaxLength = 253)]
    public string? PushSecretName { get; set; }

    [JsonPropertyName("pushSecretSpec")]
    [Required]
    public PushSecretSpec PushSecretSpec { get; set; } = new();

    [JsonPropertyName("refreshTime")]
    public string? RefreshTime { get; set; }
}
