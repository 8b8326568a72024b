using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1.Providers.Vault;

public sealed class VaultAppRole
{
    [JsonPropertyName("path")]
    [Required]
    [Default("\"approle\"")]
    public string? Path { get; set; }

    [JsonPropertyName("roleId")]
    public string? RoleId { get; set; }

    [JsonPropertyName("roleRef")]
    public SecretKeySelector? RoleRef { get; set; }

    [JsonPropertyName("secretRef")]
    [Required]
    public SecretKeySelector SecretRef { get; set; } = new();
}
