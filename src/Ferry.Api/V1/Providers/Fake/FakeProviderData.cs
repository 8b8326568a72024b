using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1.Providers.Fake;

public sealed class FakeProviderData
{
    [JsonPropertyName("key")]
    [Required]
    public string Key { get; set; } = string.Empty;

    [JsonPropertyName("value")]
    [Required]
    public string Value { get; set; } = string.Empty;

    [JsonPropertyName("version")]
    public string? Version { get; set; }
}
