using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1.Providers.Kubernetes;

public sealed class KubernetesProvider
{
    [JsonPropertyName("auth")]
    public KubernetesAuth? Auth { get; set; }

    [JsonPropertyName("authRef")]
    public SecretKeySelector? AuthRef { get; set; }

    [JsonPropertyName("remoteNamespace")]
    [Default("\"default\"")]
    [Pattern("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")]
    [Bounds(MinLength = 1, MaxLength = 63)]
    public string? RemoteNamespace { get; set; }

    [JsonPropertyName("server")]
    public KubernetesServer? Server { get; set; }
}
