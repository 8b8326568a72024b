using System.Text.Json.Serialization;

namespace Ferry.Api.V1;

[JsonConverter(typeof(JsonStringEnumConverter<ExternalSecretDeletionPolicy>))]
public enum ExternalSecretDeletionPolicy
{
    [JsonStringEnumMemberName("Delete")]
    Delete,

    [JsonStringEnumMemberName("Merge")]
    Merge,

    [JsonStringEnumMemberName("Retain")]
    Retain,
}
