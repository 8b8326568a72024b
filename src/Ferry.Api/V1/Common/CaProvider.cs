using System.ComponentModel;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1;

[Description("Where to load a CA certificate from: one key of a Secret or a ConfigMap.")]
public sealed class CaProvider
{
    [Description("Key inside the Secret or ConfigMap that holds the PEM-encoded CA certificate.")]
    [JsonPropertyName("key")]
    [Pattern("^[-._a-zA-Z0-9]+$")]
    [Bounds(MinLength = 1, MaxLength = 253)]
    public string? Key { get; set; }

    [Description("Name of the Secret or ConfigMap.")]
    [JsonPropertyName("name")]
    [Required]
    [Pattern(@"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")]
    [Bounds(MinLength = 1, MaxLength = 253)]
    public string Name { get; set; } = string.Empty;

    [Description("Namespace of the Secret or ConfigMap; may only be set in a ClusterSecretStore, since a SecretStore always reads its own namespace.")]
    [JsonPropertyName("namespace")]
    [Pattern("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")]
    [Bounds(MinLength = 1, MaxLength = 63)]
    public string? Namespace { get; set; }

    [Description("Whether name refers to a Secret or a ConfigMap.")]
    [JsonPropertyName("type")]
    [Required]
    public CaProviderType? Type { get; set; }
}
