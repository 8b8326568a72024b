using System.ComponentModel;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1;

[Description("Renames keys with a Go template.")]
public sealed class ExternalSecretRewriteTransform
{
    [Description("Go template whose output is the new key; .value holds the current key.")]
    [JsonPropertyName("template")]
    [Required]
    public string Template { get; set; } = string.Empty;
}
