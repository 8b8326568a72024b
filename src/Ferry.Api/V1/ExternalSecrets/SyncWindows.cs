using System.ComponentModel;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1;

[Description("Limits periodic refreshes to, or keeps them out of, certain time windows.")]
public sealed class SyncWindows
{
    [Description("allow permits periodic refreshes only inside a window; deny blocks them inside any window.")]
    [JsonPropertyName("kind")]
    [Required]
    public SyncWindowKind? Kind { get; set; }

    [Description("The windows to check; at least one.")]
    [JsonPropertyName("windows")]
    [Required]
    [Bounds(MinItems = 1)]
    public List<SyncWindow> Windows { get; set; } = [];
}
