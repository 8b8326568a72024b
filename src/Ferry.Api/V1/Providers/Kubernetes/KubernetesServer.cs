using System.ComponentModel;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1.Providers.Kubernetes;

[Description("Address and trust settings of a Kubernetes API server.")]
public sealed class KubernetesServer
{
    [Description("Base64-encoded PEM CA bundle used to verify the API server.")]
    [JsonPropertyName("caBundle")]
    [Format("byte")]
    public string? CaBundle { get; set; }

    [Description("Loads the CA bundle from a Secret or ConfigMap instead of caBundle.")]
    [JsonPropertyName("caProvider")]
    public CaProvider? CaProvider { get; set; }

    [Description("URL of the API server. Defaults to kubernetes.default.")]
    [JsonPropertyName("url")]
    [Default("\"kubernetes.default\"")]
    public string? Url { get; set; }
}
