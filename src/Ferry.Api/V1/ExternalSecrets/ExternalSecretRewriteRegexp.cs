using System.ComponentModel;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1;

[Description("Renames keys by regular-expression replacement.")]
public sealed class ExternalSecretRewriteRegexp
{
    [Description("Regular expression matched against every key, in Go RE2 syntax.")]
    [JsonPropertyName("source")]
    [Required]
    public string Source { get; set; } = string.Empty;

    [Description("Replacement text; $1 or ${name} refer to capture groups.")]
    [JsonPropertyName("target")]
    [Required]
    public string Target { get; set; } = string.Empty;
}
