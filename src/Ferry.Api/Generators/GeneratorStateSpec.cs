using System.Text.Json;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.Generators;

public sealed class GeneratorStateSpec
{
    [JsonPropertyName("garbageCollectionDeadline")]
    public DateTimeOffset? GarbageCollectionDeadline { get; set; }

    [JsonPropertyName("resource")]
    [Required]
    [PreserveUnknownFields]
    [AnyJsonValue]
    public JsonElement? Resource { get; set; }

    [JsonPropertyName("state")]
    [Required]
    [PreserveUnknownFields]
    [AnyJsonValue]
    public JsonElement? State { get; set; }
}
