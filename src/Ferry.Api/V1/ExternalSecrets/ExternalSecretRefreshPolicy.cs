using System.Text.Json.Serialization;

namespace Ferry.Api.V1;

[JsonConverter(typeof(JsonStringEnumConverter<ExternalSecretRefreshPolicy>))]
public enum ExternalSecretRefreshPolicy
{
    [JsonStringEnumMemberName("CreatedOnce")]
    CreatedOnce,

    [JsonStringEnumMemberName("Periodic")]
    Periodic,

    [JsonStringEnumMemberName("OnChange")]
    OnChange,
}
