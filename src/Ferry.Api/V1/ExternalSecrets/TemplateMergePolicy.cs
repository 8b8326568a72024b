using System.Text.Json.Serialization;

namespace Ferry.Api.V1;

[JsonConverter(typeof(JsonStringEnumConverter<TemplateMergePolicy>))]
public enum TemplateMergePolicy
{
    [JsonStringEnumMemberName("Replace")]
    Replace,

    [JsonStringEnumMemberName("Merge")]
    Merge,
}
