using System.Text.Json.Serialization;

namespace Ferry.Api.V1Alpha1;

[JsonConverter(typeof(JsonStringEnumConverter<PushSecretConversionStrategy>))]
public enum PushSecretConversionStrategy
{
    [JsonStringEnumMemberName("None")]
    None,

    [JsonStringEnumMemberName("ReverseUnicode")]
    ReverseUnicode,
}
