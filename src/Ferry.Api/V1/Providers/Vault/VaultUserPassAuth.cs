using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1.Providers.Vault;

public sealed class VaultUserPassAuth
{
    [JsonPropertyName("path")]
    [Required]
    [Default("\"userpass\"")]
    public string? Path { get; set; }

    [JsonPropertyName("secretRef")]
    public SecretKeySelector? SecretRef { get; set; }

    [JsonPropertyName("username")]
    [Required]
    public string Username { get; set; } = string.Empty;
}
