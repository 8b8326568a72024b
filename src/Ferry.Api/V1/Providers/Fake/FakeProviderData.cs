using System.ComponentModel;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1.Providers.Fake;

[Description("One entry served by the fake store.")]
public sealed class FakeProviderData
{
    [Description("Remote key of the entry.")]
    [JsonPropertyName("key")]
    [Required]
    public string Key { get; set; } = string.Empty;

    [Description("Value returned for the key.")]
    [JsonPropertyName("value")]
    [Required]
    public string Value { get; set; } = string.Empty;

    [Description("Version of the entry; a read must ask for exactly this version, and an empty one matches only reads without a version.")]
    [JsonPropertyName("version")]
    public string? Version { get; set; }
}
