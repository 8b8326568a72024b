using System.Text.Json.Serialization;

namespace Ferry.Api.V1.Providers.Vault;

[JsonConverter(typeof(JsonStringEnumConverter<VaultKvStoreVersion>))]
public enum VaultKvStoreVersion
{
    [JsonStringEnumMemberName("v1")]
    V1,

    [JsonStringEnumMemberName("v2")]
    V2,
}
