using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1.Providers.Vault;

public sealed class VaultJwtAuth
{
    [JsonPropertyName("kubernetesServiceAccountToken")]
    public VaultKubernetesServiceAccountTokenAuth? KubernetesServiceAccountToken { get; set; }

    [JsonPropertyName("path")]
    [Required]
    [Default("\"jwt\"")]
    public string? Path { get; set; }

    [JsonPropertyName("role")]
    public string? Role { get; set; }

    [JsonPropertyName("secretRef")]
    public SecretKeySelector? SecretRef { get; set; }
}
