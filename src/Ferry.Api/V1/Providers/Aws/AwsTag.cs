using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1.Providers.Aws;

public sealed class AwsTag
{
    [JsonPropertyName("key")]
    [Required]
    public string Key { get; set; } = string.Empty;

    [JsonPropertyName("value")]
    [Required]
    public string Value { get; set; } = string.Empty;
}
