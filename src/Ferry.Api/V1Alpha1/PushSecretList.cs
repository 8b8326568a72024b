using System.Text.Json.Serialization;
using k8s;
using k8s.Models;

namespace Ferry.Api.V1Alpha1;

public sealed class PushSecretList : IKubernetesObject<V1ListMeta>, IItems<PushSecret>
{
    public const string KubeKind = "PushSecretList";

    [JsonPropertyName("apiVersion")]
    public string ApiVersion { get; set; } = PushSecret.GroupVersion;

    [JsonPropertyName("kind")]
    public string Kind { get; set; } = KubeKind;

    [JsonPropertyName("metadata")]
    public V1ListMeta Metadata { get; set; } = new();

    [JsonPropertyName("items")]
    public IList<PushSecret> Items { get; set; } = [];
}
