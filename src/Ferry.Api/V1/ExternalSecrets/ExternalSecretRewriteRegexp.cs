using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1;

public sealed class ExternalSecretRewriteRegexp
{
    [JsonPropertyName("source")]
    [Required]
    public string Source { get; set; } = string.Empty;

    [JsonPropertyName("target")]
    [Required]
    public string Target { get; set; } = string.Empty;
}
