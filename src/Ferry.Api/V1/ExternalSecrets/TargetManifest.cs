using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1;

public sealed class TargetManifest
{
    [JsonPropertyName("apiVersion")]
    [Required]
    [Bounds(MinLength = 1)]
    public string ApiVersion { get; set; } = string.Empty;

    [JsonPropertyName("kind")]
    [Required]
    [Bounds(MinLength = 1)]
    public string Kind { get; set; } = string.Empty;
}
