using System.ComponentModel;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1;

[Description("Go templates that build the target from the fetched values.")]
public sealed class ExternalSecretTemplate
{
    [Description("Target keys mapped to templates; each template sees the fetched values and its output becomes that key's value.")]
    [JsonPropertyName("data")]
    public Dictionary<string, string>? Data { get; set; }

    [Description("Template engine version; only v2 exists. Defaults to v2.")]
    [JsonPropertyName("engineVersion")]
    [Default("\"v2\"")]
    public TemplateEngineVersion? EngineVersion { get; set; }

    [Description("Replace builds the target only from the templates; Merge adds the templates on top of the fetched values. Defaults to Replace.")]
    [JsonPropertyName("mergePolicy")]
    [Default("\"Replace\"")]
    public TemplateMergePolicy? MergePolicy { get; set; }

    [Description("Labels, annotations and finalizers for the target; label and annotation values are templates too.")]
    [JsonPropertyName("metadata")]
    public ExternalSecretTemplateMetadata? Metadata { get; set; }

    [Description("Further templates kept in ConfigMaps, Secrets or given literally, rendered before data.")]
    [JsonPropertyName("templateFrom")]
    public List<TemplateFrom>? TemplateFrom { get; set; }

    [Description("Kubernetes Secret type, such as kubernetes.io/tls; absent keeps the existing type.")]
    [JsonPropertyName("type")]
    public string? Type { get; set; }
}
