using System.ComponentModel;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1.Providers.Webhook;

[Description("Authentication for the webhook endpoint.")]
[Bounds(MinProperties = 1, MaxProperties = 1)]
public sealed class WebhookAuth
{
    [Description("NTLM authentication with a username and password read from Secrets.")]
    [JsonPropertyName("ntlm")]
    public WebhookNtlmAuth? Ntlm { get; set; }
}
