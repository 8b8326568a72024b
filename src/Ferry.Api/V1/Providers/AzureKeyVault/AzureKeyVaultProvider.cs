using System.ComponentModel;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1.Providers.AzureKeyVault;

[Description("Connects to an Azure Key Vault.")]
public sealed class AzureKeyVaultProvider
{
    [Description("Service principal credentials, used when authType is ServicePrincipal.")]
    [JsonPropertyName("authSecretRef")]
    public AzureKeyVaultAuth? AuthSecretRef { get; set; }

    [Description("How Ferry authenticates: ServicePrincipal, ManagedIdentity or WorkloadIdentity. Defaults to ServicePrincipal.")]
    [JsonPropertyName("authType")]
    [Default("\"ServicePrincipal\"")]
    public AzureAuthType? AuthType { get; set; }

    [Description("Endpoints of a custom cloud, used with environmentType AzureStackCloud.")]
    [JsonPropertyName("customCloudConfig")]
    public AzureCustomCloudConfig? CustomCloudConfig { get; set; }

    [Description("Which Azure cloud hosts the vault: PublicCloud, USGovernmentCloud, ChinaCloud, GermanCloud or AzureStackCloud. Defaults to PublicCloud.")]
    [JsonPropertyName("environmentType")]
    [Default("\"PublicCloud\"")]
    public AzureEnvironmentType? EnvironmentType { get; set; }

    [Description("Client or resource ID of the managed identity to use with ManagedIdentity; needed only when more than one identity is assigned.")]
    [JsonPropertyName("identityId")]
    public string? IdentityId { get; set; }

    [Description("ServiceAccount whose federated token is used with WorkloadIdentity.")]
    [JsonPropertyName("serviceAccountRef")]
    public ServiceAccountSelector? ServiceAccountRef { get; set; }

    [Description("Directory (tenant) ID, used by ServicePrincipal and WorkloadIdentity.")]
    [JsonPropertyName("tenantId")]
    public string? TenantId { get; set; }

    [Description("When true Ferry uses the newer Azure SDK client rather than the legacy one. Defaults to false.")]
    [JsonPropertyName("useAzureSDK")]
    [Default("false")]
    public bool? UseAzureSDK { get; set; }

    [Description("URL of the vault, such as https://my-vault.vault.azure.net.")]
    [JsonPropertyName("vaultUrl")]
    [Required]
    public string VaultUrl { get; set; } = string.Empty;
}
