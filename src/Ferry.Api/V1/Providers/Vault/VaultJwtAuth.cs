using System.ComponentModel;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1.Providers.Vault;

[Description("JWT or OIDC authentication.")]
public sealed class VaultJwtAuth
{
    [Description("Requests a fresh token for a ServiceAccount and logs in with it.")]
    [JsonPropertyName("kubernetesServiceAccountToken")]
    public VaultKubernetesServiceAccountTokenAuth? KubernetesServiceAccountToken { get; set; }

    [Description("Mount path of the JWT auth method. Defaults to jwt.")]
    [JsonPropertyName("path")]
    [Required]
    [Default("\"jwt\"")]
    public string? Path { get; set; }

    [Description("Vault role to log in as.")]
    [JsonPropertyName("role")]
    public string? Role { get; set; }

    [Description("Secret key holding the JWT to log in with.")]
    [JsonPropertyName("secretRef")]
    public SecretKeySelector? SecretRef { get; set; }
}
