using System.Text.Json.Serialization;

namespace Ferry.Api.V1;

[JsonConverter(typeof(JsonStringEnumConverter<ExternalSecretMetadataPolicy>))]
public enum ExternalSecretMetadataPolicy
{
    [JsonStringEnumMemberName("None")]
    None,

    [JsonStringEnumMemberName("Fetch")]
    Fetch,
}
