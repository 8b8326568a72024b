using System.ComponentModel;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1;

[Description("Observed state of an ExternalSecret.")]
public sealed class ExternalSecretStatus
{
    [Description("Name of the Secret this ExternalSecret writes, for service binding; absent when nothing is written.")]
    [JsonPropertyName("binding")]
    public LocalObjectReference? Binding { get; set; }

    [Description("Conditions such as Ready, telling whether the last sync succeeded.")]
    [JsonPropertyName("conditions")]
    public List<ExternalSecretStatusCondition>? Conditions { get; set; }

    [Description("When the last successful sync started, as an RFC 3339 time.")]
    [JsonPropertyName("refreshTime")]
    [SchemaNullable]
    public DateTimeOffset? RefreshTime { get; set; }

    [Description("The generation and metadata hash of this object at the last sync, used to detect changes.")]
    [JsonPropertyName("syncedResourceVersion")]
    public string? SyncedResourceVersion { get; set; }
}
