using System.ComponentModel;
using System.Text.Json.Serialization;
using k8s;
using k8s.Models;

namespace Ferry.Api.V1;

[Description("A page of ClusterExternalSecret objects, as returned by a list call.")]
public sealed class ClusterExternalSecretList : IKubernetesObject<V1ListMeta>, IItems<ClusterExternalSecret>
{
    public const string KubeKind = "ClusterExternalSecretList";

    [Description("The versioned schema of this list, as group/version.")]
    [JsonPropertyName("apiVersion")]
    public string ApiVersion { get; set; } = ClusterExternalSecret.GroupVersion;

    [Description("The REST resource kind of this list, ClusterExternalSecretList.")]
    [JsonPropertyName("kind")]
    public string Kind { get; set; } = KubeKind;

    [Description("List metadata, such as the resource version and the continue token for the next page.")]
    [JsonPropertyName("metadata")]
    public V1ListMeta Metadata { get; set; } = new();

    [Description("The ClusterExternalSecret objects in this page.")]
    [JsonPropertyName("items")]
    public IList<ClusterExternalSecret> Items { get; set; } = [];
}
