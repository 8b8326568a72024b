using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1;

public sealed class ExternalSecretRewriteMerge
{
    [JsonPropertyName("conflictPolicy")]
    [Default("\"Error\"")]
    public ConflictPolicy? ConflictPolicy { get; set; }

    [JsonPropertyName("into")]
    [Default("\"\"")]
    public string? Into { get; set; }

    [JsonPropertyName("priority")]
    public List<string>? Priority { get; set; }

    [JsonPropertyName("priorityPolicy")]
    [Default("\"Strict\"")]
    public PriorityPolicy? PriorityPolicy { get; set; }

    [JsonPropertyName("strategy")]
    [Default("\"Extract\"")]
    public MergeStrategy? Strategy { get; set; }
}
