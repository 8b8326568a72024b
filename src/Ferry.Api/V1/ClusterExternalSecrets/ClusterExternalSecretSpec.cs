using System.ComponentModel;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1;

[Description("A template ExternalSecret and the rules choosing the namespaces that get a copy.")]
public sealed class ClusterExternalSecretSpec
{
    [Description("Labels and annotations put on every ExternalSecret created from this object.")]
    [JsonPropertyName("externalSecretMetadata")]
    public ObjectMetadata? ExternalSecretMetadata { get; set; }

    [Description("Name of the ExternalSecret created in each namespace; absent means this object's own name.")]
    [JsonPropertyName("externalSecretName")]
    [Pattern(@"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")]
    [Bounds(MinLength = 1, MaxLength = 253)]
    public string? ExternalSecretName { get; set; }

    [Description("The spec copied verbatim into every ExternalSecret created.")]
    [JsonPropertyName("externalSecretSpec")]
    [Required]
    public ExternalSecretSpec ExternalSecretSpec { get; set; } = new();

    [Description("Deprecated single label selector for target namespaces; use namespaceSelectors instead.")]
    [JsonPropertyName("namespaceSelector")]
    public LabelSelector? NamespaceSelector { get; set; }

    [Description("Label selectors for target namespaces; a namespace matching any one of them gets the ExternalSecret.")]
    [JsonPropertyName("namespaceSelectors")]
    public List<LabelSelector>? NamespaceSelectors { get; set; }

    [Description("Deprecated list of target namespace names, combined with the selectors; prefer namespaceSelectors.")]
    [JsonPropertyName("namespaces")]
    [Items(Pattern = "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", MinLength = 1, MaxLength = 63)]
    public List<string>? Namespaces { get; set; }

    [Description("How often Ferry re-evaluates which namespaces match, as a Go duration such as 1m or 1h; absent means 1h.")]
    [JsonPropertyName("refreshTime")]
    public string? RefreshTime { get; set; }
}
