using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1.Providers.Webhook;

public sealed class WebhookProvider
{
    [JsonPropertyName("auth")]
    public WebhookAuth? Auth { get; set; }

    [JsonPropertyName("body")]
    public string? Body { get; set; }

    [JsonPropertyName("caBundle")]
    [Format("byte")]
    public string? CaBundle { get; set; }

    [JsonPropertyName("caProvider")]
    public CaProvider? CaProvider { get; set; }

    [JsonPropertyName("headers")]
    public Dictionary<string, string>? Headers { get; set; }

    [JsonPropertyName("method")]
    public string? Method { get; set; }

    [JsonPropertyName("result")]
    public WebhookResult? Result { get; set; }

    [JsonPropertyName("secrets")]
    public List<WebhookSecret>? Secrets { get; set; }

    [JsonPropertyName("timeout")]
    public string? Timeout { get; set; }

    [JsonPropertyName("url")]
    [Required]
    public string Url { get; set; } = string.Empty;
}
