using System.ComponentModel;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1;

[Description("Merges the JSON objects held by the keys into a single map.")]
public sealed class ExternalSecretRewriteMerge
{
    [Description("What happens when two keys hold the same field: Error fails the sync, Ignore lets the later key win. Defaults to Error.")]
    [JsonPropertyName("conflictPolicy")]
    [Default("\"Error\"")]
    public ConflictPolicy? ConflictPolicy { get; set; }

    [Description("The key that receives the merged JSON when strategy is JSON; required then, unused otherwise. Defaults to empty.")]
    [JsonPropertyName("into")]
    [Default("\"\"")]
    public string? Into { get; set; }

    [Description("Keys merged last, in this order, so their fields win over the rest; other keys merge first in alphabetical order.")]
    [JsonPropertyName("priority")]
    public List<string>? Priority { get; set; }

    [Description("Whether a key listed in priority must exist: Strict fails when it is missing, IgnoreNotFound skips it. Defaults to Strict.")]
    [JsonPropertyName("priorityPolicy")]
    [Default("\"Strict\"")]
    public PriorityPolicy? PriorityPolicy { get; set; }

    [Description("Extract replaces the keys with the fields of the merged map; JSON keeps the keys and stores the merged map as JSON under into. Defaults to Extract.")]
    [JsonPropertyName("strategy")]
    [Default("\"Extract\"")]
    public MergeStrategy? Strategy { get; set; }
}
