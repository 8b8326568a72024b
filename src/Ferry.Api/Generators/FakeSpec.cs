using System.ComponentModel;
using System.Text.Json.Serialization;

namespace Ferry.Api.Generators;

[Description("Settings of the Fake generator.")]
public sealed class FakeSpec
{
    [Description("Controller class meant to handle this generator; empty lets any controller use it.")]
    [JsonPropertyName("controller")]
    public string? Controller { get; set; }

    [Description("Key/value pairs returned unchanged every time the generator runs.")]
    [JsonPropertyName("data")]
    public Dictionary<string, string>? Data { get; set; }
}
