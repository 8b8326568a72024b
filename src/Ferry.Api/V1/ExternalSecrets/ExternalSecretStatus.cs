using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1;

public sealed class ExternalSecretStatus
{
    [JsonPropertyName("binding")]
    public LocalObjectReference? Binding { get; set; }

    [JsonPropertyName("conditions")]
    public List<ExternalSecretStatusCondition>? Conditions { get; set; }

    [JsonPropertyName("refreshTime")]
    [SchemaNullable]
    public DateTimeOffset? RefreshTime { get; set; }

    [JsonPropertyName("syncedResourceVersion")]
    public string? SyncedResourceVersion { get; set; }
}
