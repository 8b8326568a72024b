using System.ComponentModel;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.Generators;

[Description("Names one generator kind and carries its settings so any namespace can use it.")]
public sealed class ClusterGeneratorSpec
{
    [Description("Settings of the wrapped generator; fill in only the field that belongs to kind, such as passwordSpec when kind is Password.")]
    [JsonPropertyName("generator")]
    [Required]
    public GeneratorSpec Generator { get; set; } = new();

    [Description("The generator kind being wrapped, for example Password or UUID; it decides which field of generator is read.")]
    [JsonPropertyName("kind")]
    [Required]
    public GeneratorKind? Kind { get; set; }
}
