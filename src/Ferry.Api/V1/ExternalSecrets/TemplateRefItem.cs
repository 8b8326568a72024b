using System.ComponentModel;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1;

[Description("One key of a template ConfigMap or Secret.")]
public sealed class TemplateRefItem
{
    [Description("The key holding the template.")]
    [JsonPropertyName("key")]
    [Required]
    [Pattern("^[-._a-zA-Z0-9]+$")]
    [Bounds(MinLength = 1, MaxLength = 253)]
    public string Key { get; set; } = string.Empty;

    [Description("Values renders the template into a value stored under key; KeysAndValues reads the output as YAML key/value pairs. Defaults to Values.")]
    [JsonPropertyName("templateAs")]
    [Default("\"Values\"")]
    public TemplateScope? TemplateAs { get; set; }
}
