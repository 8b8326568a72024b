using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1;

public sealed class ClusterExternalSecretSpec
{
    [JsonPropertyName("externalSecretMetadata")]
    public ObjectMetadata? ExternalSecretMetadata { get; set; }

    [JsonPropertyName("externalSecretName")]
    [Pattern(@"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")]
    [Bounds(MinLength = 1, MaxLength = 253)]
    public string? ExternalSecretName { get; set; }

    [JsonPropertyName("externalSecretSpec")]
    [Required]
    public ExternalSecretSpec ExternalSecretSpec { get; set; } = new();

    [JsonPropertyName("namespaceSelector")]
    public LabelSelector? NamespaceSelector { get; set; }

    [JsonPropertyName("namespaceSelectors")]
    public List<LabelSelector>? NamespaceSelectors { get; set; }

    [JsonPropertyName("namespaces")]
    [Items(Pattern = "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", MinLength = 1, MaxLength = 63)]
    public List<string>? Namespaces { get; set; }

    [JsonPropertyName("refreshTime")]
    public string? RefreshTime { get; set; }
}
