using System.ComponentModel;
using System.Text.Json.Serialization;

namespace Ferry.Api.V1;

[Description("Observed state of a store.")]
public sealed class SecretStoreStatus
{
    [Description("What the provider can do: ReadOnly, WriteOnly or ReadWrite.")]
    [JsonPropertyName("capabilities")]
    public string? Capabilities { get; set; }

    [Description("Conditions such as Ready, telling whether the store validated.")]
    [JsonPropertyName("conditions")]
    public List<StatusCondition>? Conditions { get; set; }
}
