using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ferry.LocalCluster.Storage;

/// <summary>
/// One object as stored: its serialized bytes (what responses and watches send), the identity fields and labels
/// every list and watch needs, and a parsed form made on first use for rules that read deeper. Never mutated once
/// stored; writers work on <see cref="Copy"/>.
/// </summary>
internal sealed class StoredObject
{
    private JsonObject? _value;

    public StoredObject(JsonObject value)
    {
        Json = JsonSerializer.SerializeToUtf8Bytes(value);
        var metadata = value["metadata"]!.AsObject();
        Name = Text(metadata["name"]) ?? string.Empty;
        Namespace = Text(metadata["namespace"]) ?? string.Empty;
        Uid = Text(metadata["uid"]) ?? string.Empty;
        ResourceVersion = long.Parse(Text(metadata["resourceVersion"])!, CultureInfo.InvariantCulture);
        ApiVersion = Text(value["apiVersion"]) ?? string.Empty;
        IsTerminating = metadata.ContainsKey("deletionTimestamp");
        if (metadata["ownerReferences"] is JsonArray owners)
        {
            OwnerUids = [.. owners.Select(o => Text(o?["uid"])).OfType<string>()];
        }

        if (metadata["labels"] is JsonObject labels && labels.Count > 0)
        {
            Labels = labels.ToDictionary(l => l.Key, l => Text(l.Value) ?? string.Empty, StringComparer.Ordinal);
        }
    }

    public byte[] Json { get; }

    /// <summary>
    /// The parsed object, made from the bytes on first use so every value is JSON-backed (values built in code, an
    /// int generation say, would refuse conversions such as reading an int as a long).
    /// </summary>
    public JsonObject Value => _value ??= Parse();

    public string Name { get; }

    /// <summary>The namespace, empty for cluster-scoped objects.</summary>
    public string Namespace { get; }

    public string Uid { get; }

    public long ResourceVersion { get; }

    public string ApiVersion { get; }

    public IReadOnlyDictionary<string, string>? Labels { get; }

    /// <summary>Whether metadata.deletionTimestamp is set.</summary>
    public bool IsTerminating { get; }

    /// <summary>The uids metadata.ownerReferences name.</summary>
    public IReadOnlyList<string> OwnerUids { get; } = [];

    public JsonObject Metadata => Value["metadata"]!.AsObject();

    /// <summary>A private, mutable copy of the stored object.</summary>
    public JsonObject Copy() => Parse();

    public string? Label(string key) => Labels is not null && Labels.TryGetValue(key, out var value) ? value : null;

    private JsonObject Parse() => JsonNode.Parse(Json)!.AsObject();

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text
        : node is JsonValue element && element.GetValueKind() == JsonValueKind.String ? element.GetValue<string>()
        : null;
}
