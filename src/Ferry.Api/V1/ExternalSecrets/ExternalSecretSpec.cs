using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1;

public sealed class ExternalSecretSpec
{
    [JsonPropertyName("data")]
    public List<ExternalSecretData>? Data { get; set; }

    [JsonPropertyName("dataFrom")]
    public List<ExternalSecretDataFromRemoteRef>? DataFrom { get; set; }

    [JsonPropertyName("refreshInterval")]
    [Default("\"1h0m0s\"")]
    public string? RefreshInterval { get; set; }

    [JsonPropertyName("refreshPolicy")]
    public ExternalSecretRefreshPolicy? RefreshPolicy { get; set; }

    [JsonPropertyName("secretStoreRef")]
    public SecretStoreRef? SecretStoreRef { get; set; }

    [JsonPropertyName("syncWindows")]
    public SyncWindows? SyncWindows { get; set; }

    [JsonPropertyName("target")]
    [Default("{\"creationPolicy\":\"Owner\",\"deletionPolicy\":\"Retain\"}")]
    public ExternalSecretTarget? Target { get; set; }
}
