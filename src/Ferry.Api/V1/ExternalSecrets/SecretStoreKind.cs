using System.Text.Json.Serialization;

namespace Ferry.Api.V1;

[JsonConverter(typeof(JsonStringEnumConverter<SecretStoreKind>))]
public enum SecretStoreKind
{
    [JsonStringEnumMemberName("SecretStore")]
    SecretStore,

    [JsonStringEnumMemberName("ClusterSecretStore")]
    ClusterSecretStore,
}
