using System.Text.Json.Serialization;

namespace Ferry.Api.V1.Providers.Vault;

public sealed class VaultGcpAuthSecretRef
{
    [JsonPropertyName("secretAccessKeySecretRef")]
    public SecretKeySelector? SecretAccessKeySecretRef { get; set; }
}
