using System.ComponentModel;
using System.Text.Json.Serialization;

namespace Ferry.Api.V1;

[Description("Labels and annotations for an object that Ferry creates on your behalf.")]
public sealed class ObjectMetadata
{
    [Description("Annotations set on the created object.")]
    [JsonPropertyName("annotations")]
    public Dictionary<string, string>? Annotations { get; set; }

    [Description("Labels set on the created object.")]
    [JsonPropertyName("labels")]
    public Dictionary<string, string>? Labels { get; set; }
}
