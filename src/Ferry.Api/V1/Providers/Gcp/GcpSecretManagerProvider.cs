using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1.Providers.Gcp;

public sealed class GcpSecretManagerProvider
{
    [JsonPropertyName("auth")]
    public GcpSecretManagerAuth? Auth { get; set; }

    [JsonPropertyName("location")]
    public string? Location { get; set; }

    [JsonPropertyName("projectID")]
    public string? ProjectID { get; set; }

    [JsonPropertyName("secretVersionSelectionPolicy")]
    [Default("\"LatestOrFail\"")]
    public string? SecretVersionSelectionPolicy { get; set; }
}
