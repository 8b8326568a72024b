using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1.Providers.Webhook;

[Bounds(MinProperties = 1, MaxProperties = 1)]
public sealed class WebhookAuth
{
    [JsonPropertyName("ntlm")]
    public WebhookNtlmAuth? Ntlm { get; set; }
}
