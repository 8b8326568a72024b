using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1;

public sealed class TemplateRefItem
{
    [JsonPropertyName("key")]
    [Required]
    [Pattern("^[-._a-zA-Z0-9]+$")]
    [Bounds(MinLength = 1, MaxLength = 253)]
    public string Key { get; set; } = string.Empty;

    [JsonPropertyName("templateAs")]
    [Default("\"Values\"")]
    public TemplateScope? TemplateAs { get; set; }
}
