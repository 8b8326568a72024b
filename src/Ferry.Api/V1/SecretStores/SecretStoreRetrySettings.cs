using System.ComponentModel;
using System.Text.Json.Serialization;

namespace Ferry.Api.V1;

[Description("How a provider client retries failed calls.")]
public sealed class SecretStoreRetrySettings
{
    [Description("Largest number of retries of one failed call.")]
    [JsonPropertyName("maxRetries")]
    public int? MaxRetries { get; set; }

    [Description("Wait between retries, as a Go duration such as 10s.")]
    [JsonPropertyName("retryInterval")]
    public string? RetryInterval { get; set; }
}
