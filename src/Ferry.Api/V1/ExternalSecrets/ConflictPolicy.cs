using System.Text.Json.Serialization;

namespace Ferry.Api.V1;

[JsonConverter(typeof(JsonStringEnumConverter<ConflictPolicy>))]
public enum ConflictPolicy
{
    [JsonStringEnumMemberName("Ignore")]
    Ignore,

    [JsonStringEnumMemberName("Error")]
    Error,
}
