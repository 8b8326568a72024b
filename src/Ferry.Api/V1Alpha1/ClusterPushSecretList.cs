using System.Text.Json.Serialization;
using k8s;
using k8s.Models;

namespace Ferry.Api.V1Alpha1;

public sealed class ClusterPushSecretList : IKubernetesObject<V1ListMeta>, IItems<ClusterPushSecret>
{
    public const string KubeKind = "ClusterPushSecretList";

    [JsonPropertyName("apiVersion")]
    public string ApiVersion { get; set; } = ClusterPushSecret.GroupVersion;

    [JsonPropertyName("kind")]
    public string Kind { get; set; } = KubeKind;

    [JsonPropertyName("metadata")]
    public V1ListMeta Metadata { get; set; } = new();

    [JsonPropertyName("items")]
    public IList<ClusterPushSecret> Items { get; set; } = [];
}
