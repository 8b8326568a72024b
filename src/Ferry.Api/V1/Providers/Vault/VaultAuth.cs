using System.Text.Json.Serialization;

namespace Ferry.Api.V1.Providers.Vault;

public sealed class VaultAuth
{
    [JsonPropertyName("appRole")]
    public VaultAppRole? AppRole { get; set; }

    [JsonPropertyName("cert")]
    public VaultCertAuth? Cert { get; set; }

    [JsonPropertyName("gcp")]
    public VaultGcpAuth? Gcp { get; set; }

    [JsonPropertyName("iam")]
    public VaultIamAuth? Iam { get; set; }

    [JsonPropertyName("jwt")]
    public VaultJwtAuth? Jwt { get; set; }

    [JsonPropertyName("kubernetes")]
    public VaultKubernetesAuth? Kubernetes { get; set; }

    [JsonPropertyName("ldap")]
    public VaultLdapAuth? Ldap { get; set; }

    [JsonPropertyName("namespace")]
    public string? Namespace { get; set; }

    [JsonPropertyName("tokenSecretRef")]
    public SecretKeySelector? TokenSecretRef { get; set; }

    [JsonPropertyName("userPass")]
    public VaultUserPassAuth? UserPass { get; set; }
}
