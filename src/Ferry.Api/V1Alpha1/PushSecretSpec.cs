using System.Text.Json.Serialization;
using Ferry.Api.Schema;
using Ferry.Api.V1;

namespace Ferry.Api.V1Alpha1;

public sealed class PushSecretSpec
{
    [JsonPropertyName("data")]
    public List<PushSecretData>? Data { get; set; }

    [JsonPropertyName("dataTo")]
    public List<PushSecretDataTo>? DataTo { get; set; }

    [JsonPropertyName("deletionPolicy")]
    [Default("\"None\"")]
    public PushSecretDeletionPolicy? DeletionPolicy { get; set; }

    [JsonPropertyName("refreshInterval")]
    [Default("\"1h0m0s\"")]
    public string? RefreshInterval { get; set; }

    [JsonPropertyName("secretStoreRefs")]
    [Required]
    public List<PushSecretStoreRef> SecretStoreRefs { get; set; } = [];

    [JsonPropertyName("selector")]
    [Required]
    public PushSecretSelector Selector { get; set; } = new();

    [JsonPropertyName("template")]
    public ExternalSecretTemplate? Template { get; set; }

    [JsonPropertyName("updatePolicy")]
    [Default("\"Replace\"")]
    public PushSecretUpdatePolicy? UpdatePolicy { get; set; }
}
