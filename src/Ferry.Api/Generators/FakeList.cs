using System.Text.Json.Serialization;
using k8s;
using k8s.Models;

namespace Ferry.Api.Generators;

public sealed class FakeList : IKubernetesObject<V1ListMeta>, IItems<Fake>
{
    public const string KubeKind = "FakeList";

    [JsonPropertyName("apiVersion")]
    public string ApiVersion { get; set; } = Fake.GroupVersion;

    [JsonPropertyName("kind")]
    public string Kind { get; set; } = KubeKind;

    [JsonPropertyName("metadata")]
    public V1ListMeta Metadata { get; set; } = new();

    [JsonPropertyName("items")]
    public IList<Fake> Items { get; set; } = [];
}
