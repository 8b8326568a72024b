using System.Text.Json.Serialization;
using k8s;
using k8s.Models;

namespace Ferry.Api.V1;

public sealed class SecretStoreList : IKubernetesObject<V1ListMeta>, IItems<SecretStore>
{
    public const string KubeKind = "SecretStoreList";

    [JsonPropertyName("apiVersion")]
    public string ApiVersion { get; set; } = SecretStore.GroupVersion;

    [JsonPropertyName("kind")]
    public string Kind { get; set; } = KubeKind;

    [JsonPropertyName("metadata")]
    public V1ListMeta Metadata { get; set; } = new();

    [JsonPropertyName("items")]
    public IList<SecretStore> Items { get; set; } = [];
}
