using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ferry.Api.Schema;

/// <summary>Reads a JSON number or string into <see cref="IntegerOrString"/> and writes it back the same way.</summary>
public sealed class IntegerOrStringJsonConverter : JsonConverter<IntegerOrString>
{
    public override IntegerOrString Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.Number when reader.TryGetInt64(out var number) => IntegerOrString.FromInteger(number),
            JsonTokenType.String => IntegerOrString.FromString(reader.GetString()!),
            _ => throw new JsonException($"expected an integer or a string, found {reader.TokenType}"),
        };

    public override void Write(Utf8JsonWriter writer, IntegerOrString value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value.Integer is { } number)
        {
            writer.WriteNumberValue(number);
        }
        else
        {
            writer.WriteStringValue(value.Text);
        }
    }
}
