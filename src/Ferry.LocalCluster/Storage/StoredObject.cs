using System.Buffers;
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

    /// <summary>Where the resourceVersion's string value starts in <see cref="Json"/> (a draft holds "" there).</summary>
    private readonly int _versionOffset;

    public StoredObject(JsonObject value)
        : this(value, JsonSerializer.SerializeToUtf8Bytes(value), -1,
            long.Parse(Text(value["metadata"]!["resourceVersion"])!, CultureInfo.InvariantCulture))
    {
    }

    private StoredObject(JsonObject value, byte[] json, int versionOffset, long resourceVersion)
    {
        Json = json;
        _versionOffset = versionOffset;
        var metadata = value["metadata"]!.AsObject();
        Name = Text(metadata["name"]) ?? string.Empty;
        Namespace = Text(metadata["namespace"]) ?? string.Empty;
        Uid = Text(metadata["uid"]) ?? string.Empty;
        ResourceVersion = resourceVersion;
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

    private StoredObject(StoredObject draft, byte[] json, long resourceVersion)
    {
        Json = json;
        _versionOffset = -1;
        Name = draft.Name;
        Namespace = draft.Namespace;
        Uid = draft.Uid;
        ResourceVersion = resourceVersion;
        ApiVersion = draft.ApiVersion;
        IsTerminating = draft.IsTerminating;
        OwnerUids = draft.OwnerUids;
        Labels = draft.Labels;
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

    /// <summary>
    /// Serializes an object that has no resourceVersion yet, so the expensive part of a write can run outside the
    /// store lock; <see cref="Stamp"/> then only splices the version into the bytes. The value itself is not changed.
    /// </summary>
    public static StoredObject Draft(JsonObject value)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        var versionOffset = -1;
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (key, node) in value)
            {
                writer.WritePropertyName(key);
                if (key == "metadata" && node is JsonObject metadata)
                {
                    versionOffset = WriteMetadata(writer, metadata);
                }
                else
                {
                    WriteNode(writer, node);
                }
            }

            writer.WriteEndObject();
        }

        return new StoredObject(value, buffer.WrittenSpan.ToArray(), versionOffset, 0);
    }

    /// <summary>The stored form of a <see cref="Draft"/> at its resourceVersion.</summary>
    public StoredObject Stamp(long resourceVersion)
    {
        if (_versionOffset < 0)
        {
            throw new InvalidOperationException("only a draft can be stamped with a resourceVersion");
        }

        Span<byte> digits = stackalloc byte[20];
        resourceVersion.TryFormat(digits, out var length, default, CultureInfo.InvariantCulture);
        var placeholder = "\"\""u8.Length;
        var json = new byte[Json.Length - placeholder + length + 2];
        Json.AsSpan(0, _versionOffset).CopyTo(json);
        json[_versionOffset] = (byte)'"';
        digits[..length].CopyTo(json.AsSpan(_versionOffset + 1));
        json[_versionOffset + 1 + length] = (byte)'"';
        Json.AsSpan(_versionOffset + placeholder).CopyTo(json.AsSpan(_versionOffset + length + 2));
        return new StoredObject(this, json, resourceVersion);
    }

    public string? Label(string key) => Labels is not null && Labels.TryGetValue(key, out var value) ? value : null;

    /// <summary>Writes metadata with an empty resourceVersion (where the object had one, else last) and returns its offset.</summary>
    private static int WriteMetadata(Utf8JsonWriter writer, JsonObject metadata)
    {
        var offset = -1;
        writer.WriteStartObject();
        foreach (var (key, node) in metadata)
        {
            writer.WritePropertyName(key);
            if (key == "resourceVersion")
            {
                offset = VersionPlaceholder(writer);
            }
            else
            {
                WriteNode(writer, node);
            }
        }

        if (offset < 0)
        {
            writer.WritePropertyName("resourceVersion");
            offset = VersionPlaceholder(writer);
        }

        writer.WriteEndObject();
        return offset;
    }

    private static int VersionPlaceholder(Utf8JsonWriter writer)
    {
        writer.Flush();
        var offset = checked((int)writer.BytesCommitted);
        writer.WriteStringValue(string.Empty);
        return offset;
    }

    private static void WriteNode(Utf8JsonWriter writer, JsonNode? node)
    {
        if (node is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            node.WriteTo(writer);
        }
    }

    private JsonObject Parse() => JsonNode.Parse(Json)!.AsObject();

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text
        : node is JsonValue element && element.GetValueKind() == JsonValueKind.String ? element.GetValue<string>()
        : null;
}
