using System.Text.Json.Serialization;

namespace Ferry.Api.V1Alpha1;

[JsonConverter(typeof(JsonStringEnumConverter<PushSecretUpdatePolicy>))]
public enum PushSecretUpdatePolicy
{
    [JsonStringEnumMemberName("Replace")]
    Replace,

    [JsonStringEnumMemberName("IfNotExists")]
    IfNotExists,
}
