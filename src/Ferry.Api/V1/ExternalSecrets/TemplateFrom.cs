using System.ComponentModel;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1;

[Description("One source of additional templates.")]
public sealed class TemplateFrom
{
    [Description("Takes templates from keys of a ConfigMap.")]
    [JsonPropertyName("configMap")]
    public TemplateRef? ConfigMap { get; set; }

    [Description("A template given inline; its output is read as YAML key/value pairs.")]
    [JsonPropertyName("literal")]
    public string? Literal { get; set; }

    [Description("Takes templates from keys of a Secret.")]
    [JsonPropertyName("secret")]
    public TemplateRef? Secret { get; set; }

    [Description("Where rendered output goes: Data, Labels or Annotations, or a field path for generic targets. Defaults to Data.")]
    [JsonPropertyName("target")]
    [Default("\"Data\"")]
    public string? Target { get; set; }

    [Description("Decoding applied to each rendered value: None, Base64, Base64URL or Auto. Absent means None.")]
    [JsonPropertyName("valuesDecodingStrategy")]
    public ExternalSecretDecodingStrategy? ValuesDecodingStrategy { get; set; }
}
