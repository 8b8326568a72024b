using System.Text.Json.Serialization;

namespace Ferry.Api.V1;

[JsonConverter(typeof(JsonStringEnumConverter<ExternalSecretConditionType>))]
public enum ExternalSecretConditionType
{
    [JsonStringEnumMemberName("Ready")]
    Ready,

    [JsonStringEnumMemberName("Deleted")]
    Deleted,
}
