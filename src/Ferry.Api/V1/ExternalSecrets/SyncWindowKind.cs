using System.Text.Json.Serialization;

namespace Ferry.Api.V1;

[JsonConverter(typeof(JsonStringEnumConverter<SyncWindowKind>))]
public enum SyncWindowKind
{
    [JsonStringEnumMemberName("allow")]
    Allow,

    [JsonStringEnumMemberName("deny")]
    Deny,
}
