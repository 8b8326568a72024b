using System.ComponentModel;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;
using Ferry.Api.V1;

namespace Ferry.Api.V1Alpha1;

[Description("A template PushSecret and the rules choosing the namespaces that get a copy.")]
public sealed class ClusterPushSecretSpec
{
    [Description("Label selectors for target namespaces; a namespace matching any one of them gets the PushSecret.")]
    [JsonPropertyName("namespaceSelectors")]
    public List<LabelSelector>? NamespaceSelectors { get; set; }

    [Description("Labels and annotations put on every PushSecret created from this object.")]
    [JsonPropertyName("pushSecretMetadata")]
    public ObjectMetadata? PushSecretMetadata { get; set; }

    [Description("Name of the PushSecret created in each namespace; absent means this object's own name.")]
    [JsonPropertyName("pushSecretName")]
    [Pattern(@"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")]
    [Bounds(MinLength = 1, MaxLength = 253)]
    public string? PushSecretName { get; set; }

    [Description("The spec copied verbatim into every PushSecret created.")]
    [JsonPropertyName("pushSecretSpec")]
    [Required]
    public PushSecretSpec PushSecretSpec { get; set; } = new();

    [Description("How often Ferry re-evaluates which namespaces match, as a Go duration such as 1m or 1h; absent means 1h.")]
    [JsonPropertyName("refreshTime")]
    public string? RefreshTime { get; set; }
}
