using System.Text.Json.Serialization;

namespace Ferry.Api.V1;

public sealed class FindName
{
    [JsonPropertyName("regexp")]
    public string? Regexp { get; set; }
}
