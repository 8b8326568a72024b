using System.ComponentModel;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1.Providers.Vault;

[Description("Requests a ServiceAccount token for JWT login.")]
public sealed class VaultKubernetesServiceAccountTokenAuth
{
    [Description("Deprecated audiences for the token; set them on serviceAccountRef instead.")]
    [JsonPropertyName("audiences")]
    public List<string>? Audiences { get; set; }

    [Description("Deprecated lifetime of the requested token, in seconds; absent means ten minutes.")]
    [JsonPropertyName("expirationSeconds")]
    public long? ExpirationSeconds { get; set; }

    [Description("The ServiceAccount a token is requested for.")]
    [JsonPropertyName("serviceAccountRef")]
    [Required]
    public ServiceAccountSelector ServiceAccountRef { get; set; } = new();
}
