using System.Text.Json.Serialization;

namespace Ferry.Api.V1;

public sealed class SecretStoreRetrySettings
{
    [JsonPropertyName("maxRetries")]
    public int? MaxRetries { get; set; }

    [JsonPropertyName("retryInterval")]
    public string? RetryInterval { get; set; }
}
