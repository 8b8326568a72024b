using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1.Providers.Kubernetes;

public sealed class CertAuth
{
    [JsonPropertyName("clientCert")]
    [Required]
    public SecretKeySelector ClientCert { get; set; } = new();

    [JsonPropertyName("clientKey")]
    [Required]
    public SecretKeySelector ClientKey { get; set; } = new();
}
