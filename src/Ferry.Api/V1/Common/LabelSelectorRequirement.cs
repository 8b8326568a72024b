using System.ComponentModel;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1;

[Description("One condition on a label: a key, an operator and the values it compares against.")]
public sealed class LabelSelectorRequirement
{
    [Description("The label key this requirement tests.")]
    [JsonPropertyName("key")]
    [Required]
    public string Key { get; set; } = string.Empty;

    [Description("How the label relates to values: In, NotIn, Exists or DoesNotExist.")]
    [JsonPropertyName("operator")]
    [Required]
    public string Operator { get; set; } = string.Empty;

    [Description("Values for In and NotIn, which must not be empty; must be empty for Exists and DoesNotExist.")]
    [JsonPropertyName("values")]
    [ListType("atomic")]
    public List<string>? Values { get; set; }
}
