using System.ComponentModel;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1;

[Description("Points at a generator whose output is used as values.")]
public sealed class GeneratorRef
{
    [Description("API version of the generator resource. Defaults to generators.external-secrets.io/v1alpha1.")]
    [JsonPropertyName("apiVersion")]
    [Default("\"generators.external-secrets.io/v1alpha1\"")]
    public string? ApiVersion { get; set; }

    [Description("Kind of the generator, such as Password, UUID or ClusterGenerator.")]
    [JsonPropertyName("kind")]
    [Required]
    public GeneratorRefKind? Kind { get; set; }

    [Description("Name of the generator object, in the same namespace unless it is a ClusterGenerator.")]
    [JsonPropertyName("name")]
    [Required]
    [Pattern(@"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")]
    [Bounds(MinLength = 1, MaxLength = 253)]
    public string Name { get; set; } = string.Empty;
}
