using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.Generators;

[Description("The recorded output of one generator run.")]
public sealed class GeneratorStateSpec
{
    [Description("RFC 3339 time after which the state may be removed and whatever it holds revoked; absent means keep it indefinitely.")]
    [JsonPropertyName("garbageCollectionDeadline")]
    public DateTimeOffset? GarbageCollectionDeadline { get; set; }

    [Description("A copy of the generator manifest that produced this state, so its output can still be cleaned up after the generator changes.")]
    [JsonPropertyName("resource")]
    [Required]
    [PreserveUnknownFields]
    [AnyJsonValue]
    public JsonElement? Resource { get; set; }

    [Description("The generator's own record of what it created, in a shape only that generator reads.")]
    [JsonPropertyName("state")]
    [Required]
    [PreserveUnknownFields]
    [AnyJsonValue]
    public JsonElement? State { get; set; }
}
