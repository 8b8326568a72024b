using System.Text.Json.Serialization;
using k8s;
using k8s.Models;

namespace Ferry.Api.V1;

public sealed class ExternalSecretList : IKubernetesObject<V1ListMeta>, IItems<ExternalSecret>
{
    public const string KubeKind = "ExternalSecretList";

    [JsonPropertyName("apiVersion")]
    public string ApiVersion { get; set; } = ExternalSecret.GroupVersion;

    [JsonPropertyName("kind")]
    public string Kind { get; set; } = KubeKind;

    [JsonPropertyName("metadata")]
    public V1ListMeta Metadata { get; set; } = new();

    [JsonPropertyName("items")]
    public IList<ExternalSecret> Items { get; set; } = [];
}
