using System.ComponentModel;
using System.Text.Json.Serialization;
using k8s;
using k8s.Models;

namespace Ferry.Api.Generators;

[Description("A page of Fake objects, as returned by a list call.")]
public sealed class FakeList : IKubernetesObject<V1ListMeta>, IItems<Fake>
{
    public const string KubeKind = "FakeList";

    [Description("The versioned schema of this list, as group/version.")]
    [JsonPropertyName("apiVersion")]
    public string ApiVersion { get; set; } = Fake.GroupVersion;

    [Description("The REST resource kind of this list, FakeList.")]
    [JsonPropertyName("kind")]
    public string Kind { get; set; } = KubeKind;

    [Description("List metadata, such as the resource version and the continue token for the next page.")]
    [JsonPropertyName("metadata")]
    public V1ListMeta Metadata { get; set; } = new();

    [Description("The Fake objects in this page.")]
    [JsonPropertyName("items")]
    public IList<Fake> Items { get; set; } = [];
}
