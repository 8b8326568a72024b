using System.ComponentModel;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1.Providers.Kubernetes;

[Description("Client certificate authentication.")]
public sealed class CertAuth
{
    [Description("Secret key holding the PEM client certificate.")]
    [JsonPropertyName("clientCert")]
    [Required]
    public SecretKeySelector ClientCert { get; set; } = new();

    [Description("Secret key holding the PEM private key of the client certificate.")]
    [JsonPropertyName("clientKey")]
    [Required]
    public SecretKeySelector ClientKey { get; set; } = new();
}
