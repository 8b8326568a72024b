using System.Text.Json.Serialization;
using k8s;
using k8s.Models;

namespace Ferry.Api.Generators;

public sealed class GeneratorStateList : IKubernetesObject<V1ListMeta>, IItems<GeneratorState>
{
    public const string KubeKind = "GeneratorStateList";

    [JsonPropertyName("apiVersion")]
    public string ApiVersion { get; set; } = GeneratorState.GroupVersion;

    [JsonPropertyName("kind")]
    public string Kind { get; set; } = KubeKind;

    [JsonPropertyName("metadata")]
    public V1ListMeta Metadata { get; set; } = new();

    [JsonPropertyName("items")]
    public IList<GeneratorState> Items { get; set; } = [];
}
