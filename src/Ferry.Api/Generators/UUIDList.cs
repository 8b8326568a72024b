using System.Text.Json.Serialization;
using k8s;
using k8s.Models;

namespace Ferry.Api.Generators;

public sealed class UUIDList : IKubernetesObject<V1ListMeta>, IItems<UUID>
{
    public const string KubeKind = "UUIDList";

    [JsonPropertyName("apiVersion")]
    public string ApiVersion { get; set; } = UUID.GroupVersion;

    [JsonPropertyName("kind")]
    public string Kind { get; set; } = KubeKind;

    [JsonPropertyName("metadata")]
    public V1ListMeta Metadata { get; set; } = new();

    [JsonPropertyName("items")]
    public IList<UUID> Items { get; set; } = [];
}
