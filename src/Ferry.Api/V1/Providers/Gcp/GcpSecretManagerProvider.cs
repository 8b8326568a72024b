using System.ComponentModel;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1.Providers.Gcp;

[Description("Connects to Google Cloud Secret Manager.")]
public sealed class GcpSecretManagerProvider
{
    [Description("How Ferry authenticates; absent uses Application Default Credentials.")]
    [JsonPropertyName("auth")]
    public GcpSecretManagerAuth? Auth { get; set; }

    [Description("Region of regional secrets; absent means global secrets.")]
    [JsonPropertyName("location")]
    public string? Location { get; set; }

    [Description("Google Cloud project that holds the secrets.")]
    [JsonPropertyName("projectID")]
    public string? ProjectID { get; set; }

    [Description("What to do when the latest version is disabled or destroyed: LatestOrFail fails, LatestOrFetch falls back to the newest enabled version. Defaults to LatestOrFail.")]
    [JsonPropertyName("secretVersionSelectionPolicy")]
    [Default("\"LatestOrFail\"")]
    public string? SecretVersionSelectionPolicy { get; set; }
}
