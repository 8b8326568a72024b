using System.Text.Json.Serialization;

namespace Ferry.Api.V1;

public sealed class ObjectMetadata
{
    [JsonPropertyName("annotations")]
    public Dictionary<string, string>? Annotations { get; set; }

    [JsonPropertyName("labels")]
    public Dictionary<string, string>? Labels { get; set; }
}
