using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1;

[MapType("atomic")]
public sealed class LocalObjectReference
{
    [JsonPropertyName("name")]
    [Default("\"\"")]
    public string? Name { get; set; }
}
