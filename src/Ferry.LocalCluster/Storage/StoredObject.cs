using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ferry.LocalCluster.Storage;

/// <summary>
/// One object as stored: the parsed form for rules and selectors and its serialized bytes for responses. Never
/// mutated once stored; writers work on a <see cref="JsonNode.DeepClone"/>.
/// </summary>
internal sealed class StoredObject
{
    public StoredObject(JsonObject value)
    {
        Json = JsonSerializer.SerializeToUtf8Bytes(value);
        // Re-read from the bytes so every value is JSON-backed: values built in code (an int generation, say)
        // would otherwise refuse conversions such as reading an int as a long.
        Value = JsonNode.Parse(Json)!.AsObject();
        var metadata = Value["metadata"]!.AsObject();
        Name = (string)metadata["name"]!;
        Namespace = (string?)metadata["namespace"] ?? string.Empty;
        Uid = (string?)metadata["uid"] ?? string.Empty;
        ResourceVersion = long.Parse((string)metadata["resourceVersion"]!, System.Globalization.CultureInfo.InvariantCulture);
    }

    public JsonObject Value { get; }

    public byte[] Json { get; }

    public string Name { get; }

    /// <summary>The namespace, empty for cluster-scoped objects.</summary>
    public string Namespace { get; }

    public string Uid { get; }

    public long ResourceVersion { get; }

    public JsonObject Metadata => Value["metadata"]!.AsObject();

    /// <summary>A private, mutable copy of the stored object.</summary>
    public JsonObject Copy() => Value.DeepClone().AsObject();
}
