using System.ComponentModel;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1.Providers.Vault;

[Description("AppRole authentication.")]
public sealed class VaultAppRole
{
    [Description("Mount path of the AppRole auth method. Defaults to approle.")]
    [JsonPropertyName("path")]
    [Required]
    [Default("\"approle\"")]
    public string? Path { get; set; }

    [Description("The AppRole role ID given inline; use roleRef to keep it in a Secret instead.")]
    [JsonPropertyName("roleId")]
    public string? RoleId { get; set; }

    [Description("Secret key holding the role ID, read when roleId is absent.")]
    [JsonPropertyName("roleRef")]
    public SecretKeySelector? RoleRef { get; set; }

    [Description("Secret key holding the AppRole secret ID.")]
    [JsonPropertyName("secretRef")]
    [Required]
    public SecretKeySelector SecretRef { get; set; } = new();
}
