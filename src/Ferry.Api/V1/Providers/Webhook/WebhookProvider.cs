using System.ComponentModel;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1.Providers.Webhook;

[Description("Reads values by calling an HTTP endpoint.")]
public sealed class WebhookProvider
{
    [Description("How to authenticate to the endpoint; absent means no authentication beyond what headers carry.")]
    [JsonPropertyName("auth")]
    public WebhookAuth? Auth { get; set; }

    [Description("Request body, as a Go template that can use the remote reference.")]
    [JsonPropertyName("body")]
    public string? Body { get; set; }

    [Description("Base64-encoded PEM CA bundle used to verify the endpoint's certificate.")]
    [JsonPropertyName("caBundle")]
    [Format("byte")]
    public string? CaBundle { get; set; }

    [Description("Loads the CA bundle from a Secret or ConfigMap instead of caBundle.")]
    [JsonPropertyName("caProvider")]
    public CaProvider? CaProvider { get; set; }

    [Description("HTTP headers to send; each value is a Go template.")]
    [JsonPropertyName("headers")]
    public Dictionary<string, string>? Headers { get; set; }

    [Description("HTTP method; absent means GET for reads and POST for pushes.")]
    [JsonPropertyName("method")]
    public string? Method { get; set; }

    [Description("How to pick the value out of the response.")]
    [JsonPropertyName("result")]
    public WebhookResult? Result { get; set; }

    [Description("Kubernetes Secrets whose keys the templates may use, each under its given name.")]
    [JsonPropertyName("secrets")]
    public List<WebhookSecret>? Secrets { get; set; }

    [Description("How long to wait for a response, as a Go duration such as 30s.")]
    [JsonPropertyName("timeout")]
    public string? Timeout { get; set; }

    [Description("Endpoint URL, as a Go template that can use the remote key, version and property.")]
    [JsonPropertyName("url")]
    [Required]
    public string Url { get; set; } = string.Empty;
}
