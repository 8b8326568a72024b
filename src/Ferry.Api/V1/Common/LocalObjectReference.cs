using System.ComponentModel;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1;

[Description("Refers by name to an object in the same namespace.")]
[MapType("atomic")]
public sealed class LocalObjectReference
{
    [Description("Name of the referenced object.")]
    [JsonPropertyName("name")]
    [Default("\"\"")]
    public string? Name { get; set; }
}
