using System.ComponentModel;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1;

[Description("Points at one key of a Kubernetes Secret.")]
public sealed class SecretKeySelector
{
    [Description("The key inside the Secret whose value is used.")]
    [JsonPropertyName("key")]
    [Pattern("^[-._a-zA-Z0-9]+$")]
    [Bounds(MinLength = 1, MaxLength = 253)]
    public string? Key { get; set; }

    [Description("Name of the Secret.")]
    [JsonPropertyName("name")]
    [Pattern(@"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")]
    [Bounds(MinLength = 1, MaxLength = 253)]
    public string? Name { get; set; }

    [Description("Namespace of the Secret; honoured only for a ClusterSecretStore, where absent means the namespace of the object using the store.")]
    [JsonPropertyName("namespace")]
    [Pattern("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")]
    [Bounds(MinLength = 1, MaxLength = 63)]
    public string? Namespace { get; set; }
}
