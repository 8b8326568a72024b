using System.Text.Json.Serialization;

namespace Ferry.Api.V1;

[JsonConverter(typeof(JsonStringEnumConverter<MergeStrategy>))]
public enum MergeStrategy
{
    [JsonStringEnumMemberName("Extract")]
    Extract,

    [JsonStringEnumMemberName("JSON")]
    Json,
}
