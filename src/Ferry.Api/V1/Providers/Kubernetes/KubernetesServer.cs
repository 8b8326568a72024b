using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1.Providers.Kubernetes;

public sealed class KubernetesServer
{
    [JsonPropertyName("caBundle")]
    [Format("byte")]
    public string? CaBundle { get; set; }

    [JsonPropertyName("caProvider")]
    public CaProvider? CaProvider { get; set; }

    [JsonPropertyName("url")]
    [Default("\"kubernetes.default\"")]
    public string? Url { get; set; }
}
