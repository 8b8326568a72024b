using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1;

public sealed class GeneratorRef
{
    [JsonPropertyName("apiVersion")]
    [Default("\"generators.external-secrets.io/v1alpha1\"")]
    public string? ApiVersion { get; set; }

    [JsonPropertyName("kind")]
    [Required]
    public GeneratorRefKind? Kind { get; set; }

    [JsonPropertyName("name")]
    [Required]
    [Pattern(@"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")]
    [Bounds(MinLength = 1, MaxLength = 253)]
    public string Name { get; set; } = string.Empty;
}
