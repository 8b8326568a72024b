using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1;

public sealed class ExternalSecretRewriteTransform
{
    [JsonPropertyName("template")]
    [Required]
    public string Template { get; set; } = string.Empty;
}
