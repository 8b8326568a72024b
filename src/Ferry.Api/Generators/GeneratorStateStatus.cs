using System.ComponentModel;
using System.Text.Json.Serialization;
using Ferry.Api.V1;

namespace Ferry.Api.Generators;

[Description("Observed condition of a GeneratorState.")]
public sealed class GeneratorStateStatus
{
    [Description("Conditions such as Ready, whose reason is Created or Error.")]
    [JsonPropertyName("conditions")]
    public List<StatusCondition>? Conditions { get; set; }
}
