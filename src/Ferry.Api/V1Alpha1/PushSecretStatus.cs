using System.ComponentModel;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;
using Ferry.Api.V1;

namespace Ferry.Api.V1Alpha1;

[Description("Observed state of a PushSecret.")]
public sealed class PushSecretStatus
{
    [Description("Conditions such as Ready, telling whether the last push succeeded.")]
    [JsonPropertyName("conditions")]
    public List<StatusCondition>? Conditions { get; set; }

    [Description("When the last successful push started, as an RFC 3339 time.")]
    [JsonPropertyName("refreshTime")]
    [SchemaNullable]
    public DateTimeOffset? RefreshTime { get; set; }

    [Description("What was pushed last, keyed first by store as Kind/name, then by remote key and property.")]
    [JsonPropertyName("syncedPushSecrets")]
    public Dictionary<string, Dictionary<string, PushSecretData>>? SyncedPushSecrets { get; set; }

    [Description("The generation and metadata hash of this object at the last push, used to detect changes.")]
    [JsonPropertyName("syncedResourceVersion")]
    public string? SyncedResourceVersion { get; set; }
}
