using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1.Providers.Vault;

public sealed class VaultIamAuth
{
    [JsonPropertyName("externalID")]
    public string? ExternalID { get; set; }

    [JsonPropertyName("jwt")]
    public VaultAwsJwtAuth? Jwt { get; set; }

    [JsonPropertyName("path")]
    public string? Path { get; set; }

    [JsonPropertyName("region")]
    public string? Region { get; set; }

    [JsonPropertyName("role")]
    public string? Role { get; set; }

    [JsonPropertyName("secretRef")]
    public VaultAwsAuthSecretRef? SecretRef { get; set; }

    [JsonPropertyName("vaultAwsIamServerID")]
    public string? VaultAwsIamServerID { get; set; }

    [JsonPropertyName("vaultRole")]
    [Required]
    public string VaultRole { get; set; } = string.Empty;
}
