using System.ComponentModel;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1;

[Description("A label query over objects; an empty selector matches every object.")]
[MapType("atomic")]
public sealed class LabelSelector
{
    [Description("Label requirements that must all hold.")]
    [JsonPropertyName("matchExpressions")]
    [ListType("atomic")]
    public List<LabelSelectorRequirement>? MatchExpressions { get; set; }

    [Description("Labels that must be present with exactly these values; ANDed with matchExpressions.")]
    [JsonPropertyName("matchLabels")]
    public Dictionary<string, string>? MatchLabels { get; set; }
}
