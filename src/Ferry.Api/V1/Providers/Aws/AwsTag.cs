using System.ComponentModel;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1.Providers.Aws;

[Description("One AWS tag.")]
public sealed class AwsTag
{
    [Description("Tag name.")]
    [JsonPropertyName("key")]
    [Required]
    public string Key { get; set; } = string.Empty;

    [Description("Tag value.")]
    [JsonPropertyName("value")]
    [Required]
    public string Value { get; set; } = string.Empty;
}
