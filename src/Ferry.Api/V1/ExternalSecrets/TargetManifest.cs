using System.ComponentModel;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1;

[Description("The kind of object written instead of a Secret.")]
public sealed class TargetManifest
{
    [Description("API version of the target resource, such as v1.")]
    [JsonPropertyName("apiVersion")]
    [Required]
    [Bounds(MinLength = 1)]
    public string ApiVersion { get; set; } = string.Empty;

    [Description("Kind of the target resource, such as ConfigMap.")]
    [JsonPropertyName("kind")]
    [Required]
    [Bounds(MinLength = 1)]
    public string Kind { get; set; } = string.Empty;
}
