using System.ComponentModel;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1;

[Description("The desired state of an ExternalSecret.")]
public sealed class ExternalSecretSpec
{
    [Description("Individual remote values, each written under its own key of the target; they override keys from dataFrom.")]
    [JsonPropertyName("data")]
    public List<ExternalSecretData>? Data { get; set; }

    [Description("Bulk sources processed in order, later ones overriding earlier keys: whole secrets, searches or generators.")]
    [JsonPropertyName("dataFrom")]
    public List<ExternalSecretDataFromRemoteRef>? DataFrom { get; set; }

    [Description("How often Ferry re-reads the remote values, as a Go duration such as 1h or 30m; 0 syncs once. Defaults to 1h0m0s.")]
    [JsonPropertyName("refreshInterval")]
    [Default("\"1h0m0s\"")]
    public string? RefreshInterval { get; set; }

    [Description("When to sync: Periodic every refreshInterval, CreatedOnce only the first time, OnChange only when this object changes. Absent means Periodic.")]
    [JsonPropertyName("refreshPolicy")]
    public ExternalSecretRefreshPolicy? RefreshPolicy { get; set; }

    [Description("The store values are read from unless an entry names its own source; may be omitted when only generators are used.")]
    [JsonPropertyName("secretStoreRef")]
    public SecretStoreRef? SecretStoreRef { get; set; }

    [Description("Time windows that allow or block periodic refreshes; other triggers still sync.")]
    [JsonPropertyName("syncWindows")]
    public SyncWindows? SyncWindows { get; set; }

    [Description("The Secret (or other object) that receives the values and the policies that govern it. Defaults to creationPolicy Owner and deletionPolicy Retain.")]
    [JsonPropertyName("target")]
    [Default("{\"creationPolicy\":\"Owner\",\"deletionPolicy\":\"Retain\"}")]
    public ExternalSecretTarget? Target { get; set; }
}
