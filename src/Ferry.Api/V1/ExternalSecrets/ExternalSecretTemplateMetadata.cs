using System.ComponentModel;
using System.Text.Json.Serialization;

namespace Ferry.Api.V1;

[Description("Metadata applied to the target object.")]
public sealed class ExternalSecretTemplateMetadata
{
    [Description("Annotations for the target; each value is rendered as a template.")]
    [JsonPropertyName("annotations")]
    public Dictionary<string, string>? Annotations { get; set; }

    [Description("Finalizers added to the target.")]
    [JsonPropertyName("finalizers")]
    public List<string>? Finalizers { get; set; }

    [Description("Labels for the target; each value is rendered as a template.")]
    [JsonPropertyName("labels")]
    public Dictionary<string, string>? Labels { get; set; }
}
