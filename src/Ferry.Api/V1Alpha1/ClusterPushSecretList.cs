using System.ComponentModel;
using System.Text.Json.Serialization;
using k8s;
using k8s.Models;

namespace Ferry.Api.V1Alpha1;

[Description("A page of ClusterPushSecret objects, as returned by a list call.")]
public sealed class ClusterPushSecretList : IKubernetesObject<V1ListMeta>, IItems<ClusterPushSecret>
{
    public const string KubeKind = "ClusterPushSecretList";

    [Description("The versioned schema of this list, as group/version.")]
    [JsonPropertyName("apiVersion")]
    public string ApiVersion { get; set; } = ClusterPushSecret.GroupVersion;

    [Description("The REST resource kind of this list, ClusterPushSecretList.")]
    [JsonPropertyName("kind")]
    public string Kind { get; set; } = KubeKind;

    [Description("List metadata, such as the resource version and the continue token for the next page.")]
    [JsonPropertyName("metadata")]
    public V1ListMeta Metadata { get; set; } = new();

    [Description("The ClusterPushSecret objects in this page.")]
    [JsonPropertyName("items")]
    public IList<ClusterPushSecret> Items { get; set; } = [];
}
