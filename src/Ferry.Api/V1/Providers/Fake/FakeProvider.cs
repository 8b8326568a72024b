using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1.Providers.Fake;

public sealed class FakeProvider
{
    [JsonPropertyName("data")]
    [Required]
    public List<FakeProviderData> Data { get; set; } = [];

    [JsonPropertyName("validationResult")]
    [NoFormat]
    public int? ValidationResult { get; set; }
}
