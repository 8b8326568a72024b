using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1.Providers.AzureKeyVault;

public sealed class AzureCustomCloudConfig
{
    [JsonPropertyName("activeDirectoryEndpoint")]
    [Required]
    public string ActiveDirectoryEndpoint { get; set; } = string.Empty;

    [JsonPropertyName("keyVaultDNSSuffix")]
    public string? KeyVaultDNSSuffix { get; set; }

    [JsonPropertyName("keyVaultEndpoint")]
    public string? KeyVaultEndpoint { get; set; }

    [JsonPropertyName("resourceManagerEndpoint")]
    public string? ResourceManagerEndpoint { get; set; }
}
