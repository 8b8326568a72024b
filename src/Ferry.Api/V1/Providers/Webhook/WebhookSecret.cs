using System.ComponentModel;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1.Providers.Webhook;

[Description("A Secret whose keys the webhook templates may use.")]
public sealed class WebhookSecret
{
    [Description("Name under which the Secret's keys are visible to templates.")]
    [JsonPropertyName("name")]
    [Required]
    public string Name { get; set; } = string.Empty;

    [Description("The Secret to expose.")]
    [JsonPropertyName("secretRef")]
    [Required]
    public SecretKeySelector SecretRef { get; set; } = new();
}
