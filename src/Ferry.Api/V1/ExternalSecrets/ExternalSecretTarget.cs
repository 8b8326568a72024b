using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1;

public sealed class ExternalSecretTarget
{
    [JsonPropertyName("creationPolicy")]
    [Default("\"Owner\"")]
    public ExternalSecretCreationPolicy? CreationPolicy { get; set; }

    [JsonPropertyName("deletionPolicy")]
    [Default("\"Retain\"")]
    public ExternalSecretDeletionPolicy? DeletionPolicy { get; set; }

    [JsonPropertyName("immutable")]
    public bool? Immutable { get; set; }

    [JsonPropertyName("manifest")]
    public TargetManifest? Manifest { get; set; }

    [JsonPropertyName("name")]
    [Pattern(@"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")]
    [Bounds(MinLength = 1, MaxLength = 253)]
    public string? Name { get; set; }

    [JsonPropertyName("template")]
    public ExternalSecretTemplate? Template { get; set; }
}
