using System.Text.Json.Serialization;

namespace Ferry.Api.V1.Providers.Aws;

[JsonConverter(typeof(JsonStringEnumConverter<AwsSessionTagsPolicy>))]
public enum AwsSessionTagsPolicy
{
    [JsonStringEnumMemberName("None")]
    None,

    [JsonStringEnumMemberName("Simple")]
    Simple,

    [JsonStringEnumMemberName("Custom")]
    Custom,
}
