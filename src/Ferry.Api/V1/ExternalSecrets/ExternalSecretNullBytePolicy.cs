using System.Text.Json.Serialization;

namespace Ferry.Api.V1;

[JsonConverter(typeof(JsonStringEnumConverter<ExternalSecretNullBytePolicy>))]
public enum ExternalSecretNullBytePolicy
{
    [JsonStringEnumMemberName("Ignore")]
    Ignore,

    [JsonStringEnumMemberName("Fail")]
    Fail,
}
