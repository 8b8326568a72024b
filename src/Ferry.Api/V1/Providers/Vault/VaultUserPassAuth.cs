using System.ComponentModel;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1.Providers.Vault;

[Description("Username and password authentication.")]
public sealed class VaultUserPassAuth
{
    [Description("Mount path of the userpass auth method. Defaults to userpass.")]
    [JsonPropertyName("path")]
    [Required]
    [Default("\"userpass\"")]
    public string? Path { get; set; }

    [Description("Secret key holding the password.")]
    [JsonPropertyName("secretRef")]
    public SecretKeySelector? SecretRef { get; set; }

    [Description("Username to log in as.")]
    [JsonPropertyName("username")]
    [Required]
    public string Username { get; set; } = string.Empty;
}
