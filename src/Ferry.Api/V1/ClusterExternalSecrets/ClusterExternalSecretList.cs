using System.Text.Json.Serialization;
using k8s;
using k8s.Models;

namespace Ferry.Api.V1;

public sealed class ClusterExternalSecretList : IKubernetesObject<V1ListMeta>, IItems<ClusterExternalSecret>
{
    public const string KubeKind = "ClusterExternalSecretList";

    [JsonPropertyName("apiVersion")]
    public string ApiVersion { get; set; } = ClusterExternalSecret.GroupVersion;

    [JsonPropertyName("kind")]
    public string Kind { get; set; } = KubeKind;

    [JsonPropertyName("metadata")]
    public V1ListMeta Metadata { get; set; } = new();

    [JsonPropertyName("items")]
    public IList<ClusterExternalSecret> Items { get; set; } = [];
}
