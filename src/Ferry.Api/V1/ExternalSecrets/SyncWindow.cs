using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1;

public sealed class SyncWindow
{
    [JsonPropertyName("duration")]
    [Required]
    public string Duration { get; set; } = string.Empty;

    [JsonPropertyName("schedule")]
    [Required]
    [Pattern(@"^(@(annually|yearly|monthly|weekly|daily|midnight|hourly)|@every [^\s]+.*|[^\s]+( [^\s]+){4})$")]
    [Bounds(MinLength = 1)]
    public string Schedule { get; set; } = string.Empty;
}
