using System.Text.Json.Serialization;

namespace Ferry.Api.Generators;

public sealed class FakeSpec
{
    [JsonPropertyName("controller")]
    public string? Controller { get; set; }

    [JsonPropertyName("data")]
    public Dictionary<string, string>? Data { get; set; }
}
