using System.Text.Json.Serialization;

namespace Ferry.Api.V1;

[JsonConverter(typeof(JsonStringEnumConverter<ExternalSecretDecodingStrategy>))]
public enum ExternalSecretDecodingStrategy
{
    [JsonStringEnumMemberName("Auto")]
    Auto,

    [JsonStringEnumMemberName("Base64")]
    Base64,

    [JsonStringEnumMemberName("Base64URL")]
    Base64Url,

    [JsonStringEnumMemberName("None")]
    None,
}
