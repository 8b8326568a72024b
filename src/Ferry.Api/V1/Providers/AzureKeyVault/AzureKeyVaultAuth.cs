using System.Text.Json.Serialization;

namespace Ferry.Api.V1.Providers.AzureKeyVault;

public sealed class AzureKeyVaultAuth
{
    [JsonPropertyName("clientCertificate")]
    public SecretKeySelector? ClientCertificate { get; set; }

    [JsonPropertyName("clientId")]
    public SecretKeySelector? ClientId { get; set; }

    [JsonPropertyName("clientSecret")]
    public SecretKeySelector? ClientSecret { get; set; }

    [JsonPropertyName("tenantId")]
    public SecretKeySelector? TenantId { get; set; }
}
