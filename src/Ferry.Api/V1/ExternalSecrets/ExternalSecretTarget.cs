using System.ComponentModel;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1;

[Description("The object that receives the values and how Ferry manages it.")]
public sealed class ExternalSecretTarget
{
    [Description("How Ferry creates and owns the target: Owner, Orphan, Merge, None or CreateOrMerge. Defaults to Owner.")]
    [JsonPropertyName("creationPolicy")]
    [Default("\"Owner\"")]
    public ExternalSecretCreationPolicy? CreationPolicy { get; set; }

    [Description("What happens to the target when the remote values disappear: Retain, Delete or Merge. Defaults to Retain.")]
    [JsonPropertyName("deletionPolicy")]
    [Default("\"Retain\"")]
    public ExternalSecretDeletionPolicy? DeletionPolicy { get; set; }

    [Description("When true the target Secret is marked immutable, so its data is never changed once created.")]
    [JsonPropertyName("immutable")]
    public bool? Immutable { get; set; }

    [Description("Writes to a resource of another kind, such as a ConfigMap, instead of a Secret; needs generic targets enabled.")]
    [JsonPropertyName("manifest")]
    public TargetManifest? Manifest { get; set; }

    [Description("Name of the target object; absent means the name of the ExternalSecret.")]
    [JsonPropertyName("name")]
    [Pattern(@"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")]
    [Bounds(MinLength = 1, MaxLength = 253)]
    public string? Name { get; set; }

    [Description("Shapes the target's data, type and metadata with Go templates.")]
    [JsonPropertyName("template")]
    public ExternalSecretTemplate? Template { get; set; }
}
