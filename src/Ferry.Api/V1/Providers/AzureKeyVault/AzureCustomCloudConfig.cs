using System.ComponentModel;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1.Providers.AzureKeyVault;

[Description("Endpoints of an Azure cloud that is not one of the built-in environments, such as Azure Stack Hub.")]
public sealed class AzureCustomCloudConfig
{
    [Description("Microsoft Entra ID (Azure Active Directory) login endpoint of that cloud.")]
    [JsonPropertyName("activeDirectoryEndpoint")]
    [Required]
    public string ActiveDirectoryEndpoint { get; set; } = string.Empty;

    [Description("DNS suffix of Key Vault hosts in that cloud, such as .vault.azure.net.")]
    [JsonPropertyName("keyVaultDNSSuffix")]
    public string? KeyVaultDNSSuffix { get; set; }

    [Description("Key Vault endpoint of that cloud.")]
    [JsonPropertyName("keyVaultEndpoint")]
    public string? KeyVaultEndpoint { get; set; }

    [Description("Azure Resource Manager endpoint of that cloud.")]
    [JsonPropertyName("resourceManagerEndpoint")]
    public string? ResourceManagerEndpoint { get; set; }
}
