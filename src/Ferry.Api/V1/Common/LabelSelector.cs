using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1;

[MapType("atomic")]
public sealed class LabelSelector
{
    [JsonPropertyName("matchExpressions")]
    [ListType("atomic")]
    public List<LabelSelectorRequirement>? MatchExpressions { get; set; }

    [JsonPropertyName("matchLabels")]
    public Dictionary<string, string>? MatchLabels { get; set; }
}
