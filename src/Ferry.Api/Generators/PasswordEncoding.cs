using System.Text.Json.Serialization;

namespace Ferry.Api.Generators;

[JsonConverter(typeof(JsonStringEnumConverter<PasswordEncoding>))]
public enum PasswordEncoding
{
    [JsonStringEnumMemberName("base64")]
    Base64,

    [JsonStringEnumMemberName("base64url")]
    Base64Url,

    [JsonStringEnumMemberName("base32")]
    Base32,

    [JsonStringEnumMemberName("hex")]
    Hex,

    [JsonStringEnumMemberName("raw")]
    Raw,
}
