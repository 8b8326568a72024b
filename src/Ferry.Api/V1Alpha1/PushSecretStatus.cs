using System.Text.Json.Serialization;
using Ferry.Api.Schema;
using Ferry.Api.V1;

namespace Ferry.Api.V1Alpha1;

public sealed class PushSecretStatus
{
    [JsonPropertyName("conditions")]
    public List<StatusCondition>? Conditions { get; set; }

    [JsonPropertyName("refreshTime")]
    [SchemaNullable]
    public DateTimeOffset? RefreshTime { get; set; }

    [JsonPropertyName("syncedPushSecrets")]
    public Dictionary<string, Dictionary<string, PushSecretData>>? SyncedPushSecrets { get; set; }

    [JsonPropertyName("syncedResourceVersion")]
    public string? SyncedResourceVersion { get; set; }
}
