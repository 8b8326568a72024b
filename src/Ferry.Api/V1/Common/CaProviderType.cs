using System.Text.Json.Serialization;

namespace Ferry.Api.V1;

[JsonConverter(typeof(JsonStringEnumConverter<CaProviderType>))]
public enum CaProviderType
{
    [JsonStringEnumMemberName("Secret")]
    Secret,

    [JsonStringEnumMemberName("ConfigMap")]
    ConfigMap,
}
