using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1;

public sealed class TemplateFrom
{
    [JsonPropertyName("configMap")]
    public TemplateRef? ConfigMap { get; set; }

    [JsonPropertyName("literal")]
    public string? Literal { get; set; }

    [JsonPropertyName("secret")]
    public TemplateRef? Secret { get; set; }

    [JsonPropertyName("target")]
    [Default("\"Data\"")]
    public string? Target { get; set; }

    [JsonPropertyName("valuesDecodingStrategy")]
    public ExternalSecretDecodingStrategy? ValuesDecodingStrategy { get; set; }
}
