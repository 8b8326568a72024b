using System.Text.Json.Serialization;

namespace Ferry.Api.V1.Providers.Webhook;

public sealed class WebhookResult
{
    [JsonPropertyName("jsonPath")]
    public string? JsonPath { get; set; }
}
