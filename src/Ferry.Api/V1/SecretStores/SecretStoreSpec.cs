using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1;

public sealed class SecretStoreSpec
{
    [JsonPropertyName("conditions")]
    public List<ClusterSecretStoreCondition>? Conditions { get; set; }

    [JsonPropertyName("controller")]
    public string? Controller { get; set; }

    [JsonPropertyName("provider")]
    [Required]
    public SecretStoreProvider Provider { get; set; } = new();

    [JsonPropertyName("refreshInterval")]
    public IntegerOrString? RefreshInterval { get; set; }

    [JsonPropertyName("retrySettings")]
    public SecretStoreRetrySettings? RetrySettings { get; set; }
}
