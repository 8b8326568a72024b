using System.Text.Json.Serialization;

namespace Ferry.Api.V1;

[JsonConverter(typeof(JsonStringEnumConverter<ExternalSecretConversionStrategy>))]
public enum ExternalSecretConversionStrategy
{
    [JsonStringEnumMemberName("Default")]
    Default,

    [JsonStringEnumMemberName("Unicode")]
    Unicode,
}
