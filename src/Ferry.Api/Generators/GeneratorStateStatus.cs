using System.Text.Json.Serialization;
using Ferry.Api.V1;

namespace Ferry.Api.Generators;

public sealed class GeneratorStateStatus
{
    [JsonPropertyName("conditions")]
    public List<StatusCondition>? Conditions { get; set; }
}
