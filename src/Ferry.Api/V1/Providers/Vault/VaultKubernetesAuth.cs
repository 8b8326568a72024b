using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1.Providers.Vault;

public sealed class VaultKubernetesAuth
{
    [JsonPropertyName("mountPath")]
    [Required]
    [Default("\"kubernetes\"")]
    public string? MountPath { get; set; }

    [JsonPropertyName("role")]
    [Required]
    public string Role { get; set; } = string.Empty;

    [JsonPropertyName("secretRef")]
    public SecretKeySelector? SecretRef { get; set; }

    [JsonPropertyName("serviceAccountRef")]
    public ServiceAccountSelector? ServiceAccountRef { get; set; }
}
