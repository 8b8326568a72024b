using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1;

public sealed class ExternalSecretTemplate
{
    [JsonPropertyName("data")]
    public Dictionary<string, string>? Data { get; set; }

    [JsonPropertyName("engineVersion")]
    [Default("\"v2\"")]
    public TemplateEngineVersion? EngineVersion { get; set; }

    [JsonPropertyName("mergePolicy")]
    [Default("\"Replace\"")]
    public TemplateMergePolicy? MergePolicy { get; set; }

    [JsonPropertyName("metadata")]
    public ExternalSecretTemplateMetadata? Metadata { get; set; }

    [JsonPropertyName("templateFrom")]
    public List<TemplateFrom>? TemplateFrom { get; set; }

    [JsonPropertyName("type")]
    public string? Type { get; set; }
}
