using System.Text.Json.Serialization;

namespace Ferry.Api.V1;

public sealed class SecretStoreStatus
{
    [JsonPropertyName("capabilities")]
    public string? Capabilities { get; set; }

    [JsonPropertyName("conditions")]
    public List<StatusCondition>? Conditions { get; set; }
}
