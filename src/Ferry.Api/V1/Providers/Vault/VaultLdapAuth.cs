using System.ComponentModel;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1.Providers.Vault;

[Description("LDAP authentication.")]
public sealed class VaultLdapAuth
{
    [Description("Mount path of the LDAP auth method. Defaults to ldap.")]
    [JsonPropertyName("path")]
    [Required]
    [Default("\"ldap\"")]
    public string? Path { get; set; }

    [Description("Secret key holding the LDAP password.")]
    [JsonPropertyName("secretRef")]
    public SecretKeySelector? SecretRef { get; set; }

    [Description("LDAP username to log in as.")]
    [JsonPropertyName("username")]
    [Required]
    public string Username { get; set; } = string.Empty;
}
