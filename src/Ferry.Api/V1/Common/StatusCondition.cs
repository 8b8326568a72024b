using System.ComponentModel;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1;

[Description("One observed condition of the object.")]
public sealed class StatusCondition
{
    [Description("When status last changed, as an RFC 3339 time.")]
    [JsonPropertyName("lastTransitionTime")]
    public DateTimeOffset? LastTransitionTime { get; set; }

    [Description("Human-readable detail about the status.")]
    [JsonPropertyName("message")]
    public string? Message { get; set; }

    [Description("Short CamelCase word explaining the status.")]
    [JsonPropertyName("reason")]
    public string? Reason { get; set; }

    [Description("True, False or Unknown.")]
    [JsonPropertyName("status")]
    [Required]
    public string Status { get; set; } = string.Empty;

    [Description("Kind of condition, such as Ready.")]
    [JsonPropertyName("type")]
    [Required]
    public string Type { get; set; } = string.Empty;
}
