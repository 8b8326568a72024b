using System.ComponentModel;
using System.Text.Json.Serialization;

namespace Ferry.Api.V1.Providers.AzureKeyVault;

[Description("Service principal credentials kept in Kubernetes Secrets.")]
public sealed class AzureKeyVaultAuth
{
    [Description("Secret key holding a PEM client certificate, used instead of clientSecret.")]
    [JsonPropertyName("clientCertificate")]
    public SecretKeySelector? ClientCertificate { get; set; }

    [Description("Secret key holding the application (client) ID.")]
    [JsonPropertyName("clientId")]
    public SecretKeySelector? ClientId { get; set; }

    [Description("Secret key holding the client secret.")]
    [JsonPropertyName("clientSecret")]
    public SecretKeySelector? ClientSecret { get; set; }

    [Description("Secret key holding the directory (tenant) ID, as an alternative to tenantId on the provider.")]
    [JsonPropertyName("tenantId")]
    public SecretKeySelector? TenantId { get; set; }
}
