using System.Text.Json.Serialization;
using k8s;
using k8s.Models;

namespace Ferry.Api.Generators;

public sealed class PasswordList : IKubernetesObject<V1ListMeta>, IItems<Password>
{
    public const string KubeKind = "PasswordList";

    [JsonPropertyName("apiVersion")]
    public string ApiVersion { get; set; } = Password.GroupVersion;

    [JsonPropertyName("kind")]
    public string Kind { get; set; } = KubeKind;

    [JsonPropertyName("metadata")]
    public V1ListMeta Metadata { get; set; } = new();

    [JsonPropertyName("items")]
    public IList<Password> Items { get; set; } = [];
}
