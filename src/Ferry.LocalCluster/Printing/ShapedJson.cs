using System.Buffers;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ferry.LocalCluster.Resources;

namespace Ferry.LocalCluster.Printing;

/// <summary>
/// Serializes objects as meta.k8s.io shapes: PartialObjectMetadata (and its list) and Table, from the objects'
/// serialized bytes so metadata-only reads never parse or send the rest of an object.
/// </summary>
internal static class ShapedJson
{
    public static byte[] PartialObject(string metaApiVersion, ReadOnlyMemory<byte> json)
    {
        var buffer = new ArrayBufferWriter<byte>(json.Length / 2 + 64);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            WritePartialObject(writer, metaApiVersion, json);
        }

        return buffer.WrittenSpan.ToArray();
    }

    public static byte[] PartialObjectList(string metaApiVersion, JsonObject listMetadata, IEnumerable<ReadOnlyMemory<byte>> items)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("kind"u8, "PartialObjectMetadataList"u8);
            writer.WriteString("apiVersion"u8, metaApiVersion);
            writer.WritePropertyName("metadata"u8);
            listMetadata.WriteTo(writer);
            writer.WriteStartArray("items"u8);
            foreach (var item in items)
            {
                WritePartialObject(writer, metaApiVersion, item);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>A Table of the given rows (each the object's bytes); column definitions unless <paramref name="headers"/> is false.</summary>
    public static byte[] Table(
        ResourceType type, string metaApiVersion, JsonObject tableMetadata, IEnumerable<ReadOnlyMemory<byte>> rows,
        TableRowObject rowObject, bool headers, DateTimeOffset now)
    {
        var columns = type.PrinterColumns;
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("kind"u8, "Table"u8);
            writer.WriteString("apiVersion"u8, metaApiVersion);
            writer.WritePropertyName("metadata"u8);
            tableMetadata.WriteTo(writer);
            if (headers)
            {
                writer.WriteStartArray("columnDefinitions"u8);
                foreach (var column in columns)
                {
                    column.Definition().WriteTo(writer);
                }

                writer.WriteEndArray();
            }

            writer.WriteStartArray("rows"u8);
            foreach (var json in rows)
            {
                var value = JsonNode.Parse(json.Span)!.AsObject();
                writer.WriteStartObject();
                writer.WriteStartArray("cells"u8);
                foreach (var column in columns)
                {
                    var cell = column.Cell(value, now);
                    if (cell is null)
                    {
                        writer.WriteNullValue();
                    }
                    else
                    {
                        cell.WriteTo(writer);
                    }
                }

                writer.WriteEndArray();
                writer.WritePropertyName("object"u8);
                switch (rowObject)
                {
                    case TableRowObject.Object:
                        writer.WriteRawValue(json.Span, skipInputValidation: true);
                        break;
                    case TableRowObject.Metadata:
                        WritePartialObject(writer, metaApiVersion, json);
                        break;
                    default:
                        writer.WriteNullValue();
                        break;
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    public static JsonObject ListMetadata(long resourceVersion, string? continueToken, long? remaining)
    {
        var metadata = new JsonObject { ["resourceVersion"] = resourceVersion.ToString(CultureInfo.InvariantCulture) };
        if (continueToken is not null)
        {
            metadata["continue"] = continueToken;
            if (remaining is { } count)
            {
                metadata["remainingItemCount"] = count;
            }
        }

        return metadata;
    }

    private static void WritePartialObject(Utf8JsonWriter writer, string metaApiVersion, ReadOnlyMemory<byte> json)
    {
        writer.WriteStartObject();
        writer.WriteString("kind"u8, "PartialObjectMetadata"u8);
        writer.WriteString("apiVersion"u8, metaApiVersion);
        writer.WritePropertyName("metadata"u8);
        writer.WriteRawValue(MetadataSlice.Of(json).Span, skipInputValidation: true);
        writer.WriteEndObject();
    }
}
