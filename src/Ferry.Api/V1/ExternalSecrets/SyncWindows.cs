using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1;

public sealed class SyncWindows
{
    [JsonPropertyName("kind")]
    [Required]
    public SyncWindowKind? Kind { get; set; }

    [JsonPropertyName("windows")]
    [Required]
    [Bounds(MinItems = 1)]
    public List<SyncWindow> Windows { get; set; } = [];
}
