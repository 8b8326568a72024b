using System.ComponentModel;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1.Providers.Fake;

[Description("An in-memory store serving fixed values, for tests and demos.")]
public sealed class FakeProvider
{
    [Description("The entries the store serves.")]
    [JsonPropertyName("data")]
    [Required]
    public List<FakeProviderData> Data { get; set; } = [];

    [Description("What store validation reports: 0 Ready, 1 Unknown, 2 Error; absent means Ready.")]
    [JsonPropertyName("validationResult")]
    [NoFormat]
    public int? ValidationResult { get; set; }
}
