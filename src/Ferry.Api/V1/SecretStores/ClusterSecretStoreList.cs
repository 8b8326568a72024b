using System.Text.Json.Serialization;
using k8s;
using k8s.Models;

namespace Ferry.Api.V1;

public sealed class ClusterSecretStoreList : IKubernetesObject<V1ListMeta>, IItems<ClusterSecretStore>
{
    public const string KubeKind = "ClusterSecretStoreList";

    [JsonPropertyName("apiVersion")]
    public string ApiVersion { get; set; } = ClusterSecretStore.GroupVersion;

    [JsonPropertyName("kind")]
    public string Kind { get; set; } = KubeKind;

    [JsonPropertyName("metadata")]
    public V1ListMeta Metadata { get; set; } = new();

    [JsonPropertyName("items")]
    public IList<ClusterSecretStore> Items { get; set; } = [];
}
