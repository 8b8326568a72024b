using System.ComponentModel;
using System.Text.Json.Serialization;

namespace Ferry.Api.V1.Providers.Webhook;

[Description("Picks the value out of the response.")]
public sealed class WebhookResult
{
    [Description("JSONPath into the JSON response; absent means the whole body.")]
    [JsonPropertyName("jsonPath")]
    public string? JsonPath { get; set; }
}
