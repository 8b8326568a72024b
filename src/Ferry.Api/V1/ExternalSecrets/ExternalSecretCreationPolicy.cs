using System.Text.Json.Serialization;

namespace Ferry.Api.V1;

[JsonConverter(typeof(JsonStringEnumConverter<ExternalSecretCreationPolicy>))]
public enum ExternalSecretCreationPolicy
{
    [JsonStringEnumMemberName("Owner")]
    Owner,

    [JsonStringEnumMemberName("Orphan")]
    Orphan,

    [JsonStringEnumMemberName("Merge")]
    Merge,

    [JsonStringEnumMemberName("None")]
    None,

    [JsonStringEnumMemberName("CreateOrMerge")]
    CreateOrMerge,
}
