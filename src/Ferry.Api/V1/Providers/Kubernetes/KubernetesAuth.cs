using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1.Providers.Kubernetes;

[Bounds(MinProperties = 1, MaxProperties = 1)]
public sealed class KubernetesAuth
{
    [JsonPropertyName("cert")]
    public CertAuth? Cert { get; set; }

    [JsonPropertyName("serviceAccount")]
    public ServiceAccountSelector? ServiceAccount { get; set; }

    [JsonPropertyName("token")]
    public TokenAuth? Token { get; set; }
}
