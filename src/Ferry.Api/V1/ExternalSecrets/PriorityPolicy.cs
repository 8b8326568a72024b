using System.Text.Json.Serialization;

namespace Ferry.Api.V1;

[JsonConverter(typeof(JsonStringEnumConverter<PriorityPolicy>))]
public enum PriorityPolicy
{
    [JsonStringEnumMemberName("IgnoreNotFound")]
    IgnoreNotFound,

    [JsonStringEnumMemberName("Strict")]
    Strict,
}
