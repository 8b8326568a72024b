using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.Generators;

public sealed class ClusterGeneratorSpec
{
    [JsonPropertyName("generator")]
    [Required]
    public GeneratorSpec Generator { get; set; } = new();

    [JsonPropertyName("kind")]
    [Required]
    public GeneratorKind? Kind { get; set; }
}
