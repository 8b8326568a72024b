using System.ComponentModel;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1.Providers.Gcp;

[Description("One key of a ConfigMap.")]
public sealed class GcpConfigMapReference
{
    [Description("Key holding the credential configuration JSON.")]
    [JsonPropertyName("key")]
    [Required]
    [Pattern("^[-._a-zA-Z0-9]+$")]
    [Bounds(MinLength = 1, MaxLength = 253)]
    public string Key { get; set; } = string.Empty;

    [Description("The ConfigMap's name, in the store's namespace unless namespace says otherwise.")]
    [JsonPropertyName("name")]
    [Required]
    [Pattern(@"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")]
    [Bounds(MinLength = 1, MaxLength = 253)]
    public string Name { get; set; } = string.Empty;

    [Description("Namespace of the ConfigMap; honoured only for a ClusterSecretStore.")]
    [JsonPropertyName("namespace")]
    [Pattern("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")]
    [Bounds(MinLength = 1, MaxLength = 63)]
    public string? Namespace { get; set; }
}
