using System.Text.Json;

namespace Ferry.LocalCluster.Printing;

/// <summary>Finds an object's <c>metadata</c> inside its serialized bytes without parsing the rest.</summary>
internal static class MetadataSlice
{
    public static ReadOnlyMemory<byte> Of(ReadOnlyMemory<byte> json)
    {
        var reader = new Utf8JsonReader(json.Span);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return "{}"u8.ToArray();
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isMetadata = reader.ValueTextEquals("metadata"u8);
            reader.Read();
            var start = (int)reader.TokenStartIndex;
            reader.Skip();
            if (isMetadata)
            {
                return json[start..(int)reader.BytesConsumed];
            }
        }

        return "{}"u8.ToArray();
    }
}
