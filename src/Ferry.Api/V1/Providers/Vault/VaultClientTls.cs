using System.Text.Json.Serialization;

namespace Ferry.Api.V1.Providers.Vault;

public sealed class VaultClientTls
{
    [JsonPropertyName("certSecretRef")]
    public SecretKeySelector? CertSecretRef { get; set; }

    [JsonPropertyName("keySecretRef")]
    public SecretKeySelector? KeySecretRef { get; set; }
}
