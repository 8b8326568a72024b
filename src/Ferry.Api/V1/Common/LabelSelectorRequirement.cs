using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1;

public sealed class LabelSelectorRequirement
{
    [JsonPropertyName("key")]
    [Required]
    public string Key { get; set; } = string.Empty;

    [JsonPropertyName("operator")]
    [Required]
    public string Operator { get; set; } = string.Empty;

    [JsonPropertyName("values")]
    [ListType("atomic")]
    public List<string>? Values { get; set; }
}
