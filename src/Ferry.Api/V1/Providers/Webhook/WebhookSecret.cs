using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1.Providers.Webhook;

public sealed class WebhookSecret
{
    [JsonPropertyName("name")]
    [Required]
    public string Name { get; set; } = string.Empty;

    [JsonPropertyName("secretRef")]
    [Required]
    public SecretKeySelector SecretRef { get; set; } = new();
}
