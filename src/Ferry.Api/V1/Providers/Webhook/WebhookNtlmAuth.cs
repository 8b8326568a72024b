using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1.Providers.Webhook;

public sealed class WebhookNtlmAuth
{
    [JsonPropertyName("passwordSecret")]
    [Required]
    public SecretKeySelector PasswordSecret { get; set; } = new();

    [JsonPropertyName("usernameSecret")]
    [Required]
    public SecretKeySelector UsernameSecret { get; set; } = new();
}
