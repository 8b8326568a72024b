using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1.Providers.AzureKeyVault;

public sealed class AzureKeyVaultProvider
{
    [JsonPropertyName("authSecretRef")]
    public AzureKeyVaultAuth? AuthSecretRef { get; set; }

    [JsonPropertyName("authType")]
    [Default("\"ServicePrincipal\"")]
    public AzureAuthType? AuthType { get; set; }

    [JsonPropertyName("customCloudConfig")]
    public AzureCustomCloudConfig? CustomCloudConfig { get; set; }

    [JsonPropertyName("environmentType")]
    [Default("\"PublicCloud\"")]
    public AzureEnvironmentType? EnvironmentType { get; set; }

    [JsonPropertyName("identityId")]
    public string? IdentityId { get; set; }

    [JsonPropertyName("serviceAccountRef")]
    public ServiceAccountSelector? ServiceAccountRef { get; set; }

    [JsonPropertyName("tenantId")]
    public string? TenantId { get; set; }

    [JsonPropertyName("useAzureSDK")]
    [Default("false")]
    public bool? UseAzureSDK { get; set; }

    [JsonPropertyName("vaultUrl")]
    [Required]
    public string VaultUrl { get; set; } = string.Empty;
}
