using System.Text.Json.Serialization;

namespace Ferry.Api.V1;

public sealed class ExternalSecretTemplateMetadata
{
    [JsonPropertyName("annotations")]
    public Dictionary<string, string>? Annotations { get; set; }

    [JsonPropertyName("finalizers")]
    public List<string>? Finalizers { get; set; }

    [JsonPropertyName("labels")]
    public Dictionary<string, string>? Labels { get; set; }
}
