using System.ComponentModel;
using System.Text.Json.Serialization;
using k8s;
using k8s.Models;

namespace Ferry.Api.Generators;

[Description("A page of GeneratorState objects, as returned by a list call.")]
public sealed class GeneratorStateList : IKubernetesObject<V1ListMeta>, IItems<GeneratorState>
{
    public const string KubeKind = "GeneratorStateList";

    [Description("The versioned schema of this list, as group/version.")]
    [JsonPropertyName("apiVersion")]
    public string ApiVersion { get; set; } = GeneratorState.GroupVersion;

    [Description("The REST resource kind of this list, GeneratorStateList.")]
    [JsonPropertyName("kind")]
    public string Kind { get; set; } = KubeKind;

    [Description("List metadata, such as the resource version and the continue token for the next page.")]
    [JsonPropertyName("metadata")]
    public V1ListMeta Metadata { get; set; } = new();

    [Description("The GeneratorState objects in this page.")]
    [JsonPropertyName("items")]
    public IList<GeneratorState> Items { get; set; } = [];
}
