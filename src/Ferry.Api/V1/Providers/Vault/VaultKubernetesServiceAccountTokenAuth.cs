using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1.Providers.Vault;

public sealed class VaultKubernetesServiceAccountTokenAuth
{
    [JsonPropertyName("audiences")]
    public List<string>? Audiences { get; set; }

    [JsonPropertyName("expirationSeconds")]
    public long? ExpirationSeconds { get; set; }

    [JsonPropertyName("serviceAccountRef")]
    [Required]
    public ServiceAccountSelector ServiceAccountRef { get; set; } = new();
}
