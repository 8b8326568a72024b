using System.ComponentModel;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1.Providers.Kubernetes;

[Description("Reads and writes Secrets in a Kubernetes cluster, this one or another.")]
public sealed class KubernetesProvider
{
    [Description("Credentials for the API server; cannot be combined with authRef.")]
    [JsonPropertyName("auth")]
    public KubernetesAuth? Auth { get; set; }

    [Description("Secret key holding a kubeconfig used to connect; cannot be combined with auth.")]
    [JsonPropertyName("authRef")]
    public SecretKeySelector? AuthRef { get; set; }

    [Description("Namespace whose Secrets are read and written. Defaults to default.")]
    [JsonPropertyName("remoteNamespace")]
    [Default("\"default\"")]
    [Pattern("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")]
    [Bounds(MinLength = 1, MaxLength = 63)]
    public string? RemoteNamespace { get; set; }

    [Description("How to reach and trust the API server.")]
    [JsonPropertyName("server")]
    public KubernetesServer? Server { get; set; }
}
