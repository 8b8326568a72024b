using System.ComponentModel;
using System.Text.Json.Serialization;

namespace Ferry.Api.V1.Providers.Vault;

[Description("How Ferry logs in to Vault; set exactly one method.")]
public sealed class VaultAuth
{
    [Description("Log in with an AppRole role ID and secret ID.")]
    [JsonPropertyName("appRole")]
    public VaultAppRole? AppRole { get; set; }

    [Description("Log in with a TLS client certificate.")]
    [JsonPropertyName("cert")]
    public VaultCertAuth? Cert { get; set; }

    [Description("Log in with Google Cloud credentials.")]
    [JsonPropertyName("gcp")]
    public VaultGcpAuth? Gcp { get; set; }

    [Description("Log in with AWS IAM credentials.")]
    [JsonPropertyName("iam")]
    public VaultIamAuth? Iam { get; set; }

    [Description("Log in with a JWT or OIDC token.")]
    [JsonPropertyName("jwt")]
    public VaultJwtAuth? Jwt { get; set; }

    [Description("Log in with a Kubernetes ServiceAccount token.")]
    [JsonPropertyName("kubernetes")]
    public VaultKubernetesAuth? Kubernetes { get; set; }

    [Description("Log in with an LDAP username and password.")]
    [JsonPropertyName("ldap")]
    public VaultLdapAuth? Ldap { get; set; }

    [Description("Vault Enterprise namespace to log in to; absent means the provider's namespace.")]
    [JsonPropertyName("namespace")]
    public string? Namespace { get; set; }

    [Description("Secret key holding a ready-made Vault token.")]
    [JsonPropertyName("tokenSecretRef")]
    public SecretKeySelector? TokenSecretRef { get; set; }

    [Description("Log in with a Vault username and password.")]
    [JsonPropertyName("userPass")]
    public VaultUserPassAuth? UserPass { get; set; }
}
