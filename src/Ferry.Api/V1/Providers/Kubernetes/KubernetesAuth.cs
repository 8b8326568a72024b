using System.ComponentModel;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1.Providers.Kubernetes;

[Description("How to authenticate to the API server; set exactly one field.")]
[Bounds(MinProperties = 1, MaxProperties = 1)]
public sealed class KubernetesAuth
{
    [Description("Authenticate with a client certificate.")]
    [JsonPropertyName("cert")]
    public CertAuth? Cert { get; set; }

    [Description("Request a token for this ServiceAccount and authenticate with it.")]
    [JsonPropertyName("serviceAccount")]
    public ServiceAccountSelector? ServiceAccount { get; set; }

    [Description("Authenticate with a bearer token kept in a Secret.")]
    [JsonPropertyName("token")]
    public TokenAuth? Token { get; set; }
}
