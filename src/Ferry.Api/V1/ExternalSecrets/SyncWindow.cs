using System.ComponentModel;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1;

[Description("A recurring period that starts at each firing of a cron schedule.")]
public sealed class SyncWindow
{
    [Description("How long the window stays open after each firing, as a Go duration such as 2h.")]
    [JsonPropertyName("duration")]
    [Required]
    public string Duration { get; set; } = string.Empty;

    [Description("When the window opens, as a five-field cron expression, a descriptor like @daily or @every 6h; times are UTC.")]
    [JsonPropertyName("schedule")]
    [Required]
    [Pattern(@"^(@(annually|yearly|monthly|weekly|daily|midnight|hourly)|@every [^\s]+.*|[^\s]+( [^\s]+){4})$")]
    [Bounds(MinLength = 1)]
    public string Schedule { get; set; } = string.Empty;
}
