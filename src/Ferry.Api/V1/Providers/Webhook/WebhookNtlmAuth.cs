using System.ComponentModel;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1.Providers.Webhook;

[Description("NTLM credentials kept in Kubernetes Secrets.")]
public sealed class WebhookNtlmAuth
{
    [Description("Secret key holding the NTLM password.")]
    [JsonPropertyName("passwordSecret")]
    [Required]
    public SecretKeySelector PasswordSecret { get; set; } = new();

    [Description("Secret key holding the NTLM username.")]
    [JsonPropertyName("usernameSecret")]
    [Required]
    public SecretKeySelector UsernameSecret { get; set; } = new();
}
