using System.ComponentModel;
using System.Text.Json.Serialization;
using k8s;
using k8s.Models;

namespace Ferry.Api.V1;

[Description("A page of ClusterSecretStore objects, as returned by a list call.")]
public sealed class ClusterSecretStoreList : IKubernetesObject<V1ListMeta>, IItems<ClusterSecretStore>
{
    public const string KubeKind = "ClusterSecretStoreList";

    [Description("The versioned schema of this list, as group/version.")]
    [JsonPropertyName("apiVersion")]
    public string ApiVersion { get; set; } = ClusterSecretStore.GroupVersion;

    [Description("The REST resource kind of this list, ClusterSecretStoreList.")]
    [JsonPropertyName("kind")]
    public string Kind { get; set; } = KubeKind;

    [Description("List metadata, such as the resource version and the continue token for the next page.")]
    [JsonPropertyName("metadata")]
    public V1ListMeta Metadata { get; set; } = new();

    [Description("The ClusterSecretStore objects in this page.")]
    [JsonPropertyName("items")]
    public IList<ClusterSecretStore> Items { get; set; } = [];
}
