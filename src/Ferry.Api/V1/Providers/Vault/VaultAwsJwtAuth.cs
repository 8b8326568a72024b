using System.Text.Json.Serialization;

namespace Ferry.Api.V1.Providers.Vault;

public sealed class VaultAwsJwtAuth
{
    [JsonPropertyName("serviceAccountRef")]
    public ServiceAccountSelector? ServiceAccountRef { get; set; }
}
