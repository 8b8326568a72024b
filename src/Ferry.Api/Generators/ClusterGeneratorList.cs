using System.Text.Json.Serialization;
using k8s;
using k8s.Models;

namespace Ferry.Api.Generators;

public sealed class ClusterGeneratorList : IKubernetesObject<V1ListMeta>, IItems<ClusterGenerator>
{
    public const string KubeKind = "ClusterGeneratorList";

    [JsonPropertyName("apiVersion")]
    public string ApiVersion { get; set; } = ClusterGenerator.GroupVersion;

    [JsonPropertyName("kind")]
    public string Kind { get; set; } = KubeKind;

    [JsonPropertyName("metadata")]
    public V1ListMeta Metadata { get; set; } = new();

    [JsonPropertyName("items")]
    public IList<ClusterGenerator> Items { get; set; } = [];
}
