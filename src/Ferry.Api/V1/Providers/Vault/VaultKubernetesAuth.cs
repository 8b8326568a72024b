using System.ComponentModel;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1.Providers.Vault;

[Description("Kubernetes ServiceAccount authentication.")]
public sealed class VaultKubernetesAuth
{
    [Description("Mount path of the Kubernetes auth method. Defaults to kubernetes.")]
    [JsonPropertyName("mountPath")]
    [Required]
    [Default("\"kubernetes\"")]
    public string? MountPath { get; set; }

    [Description("Vault role to log in as.")]
    [JsonPropertyName("role")]
    [Required]
    public string Role { get; set; } = string.Empty;

    [Description("Secret key holding a stored ServiceAccount token, used instead of requesting one.")]
    [JsonPropertyName("secretRef")]
    public SecretKeySelector? SecretRef { get; set; }

    [Description("ServiceAccount a fresh token is requested for; with neither this nor secretRef, Ferry's own token is used.")]
    [JsonPropertyName("serviceAccountRef")]
    public ServiceAccountSelector? ServiceAccountRef { get; set; }
}
