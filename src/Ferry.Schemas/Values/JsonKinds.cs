using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ferry.Schemas.Values;

/// <summary>
/// Classifies and reads JSON values as the API server's decoder sees them: a number without a fraction or exponent
/// in its text decodes to int64 ("integer"), anything else numeric to float64 ("number").
/// </summary>
internal static class JsonKinds
{
    public static JsonKind Of(JsonNode? node)
    {
        switch (node)
        {
            case null:
                return JsonKind.Null;
            case JsonObject:
                return JsonKind.Object;
            case JsonArray:
                return JsonKind.Array;
        }

        var value = (JsonValue)node;
        if (value.TryGetValue<JsonElement>(out var element))
        {
            return element.ValueKind switch
            {
                JsonValueKind.String => JsonKind.String,
                JsonValueKind.True or JsonValueKind.False => JsonKind.Boolean,
                JsonValueKind.Null => JsonKind.Null,
                JsonValueKind.Number => IsIntegerText(element.GetRawText()) && element.TryGetInt64(out _)
                    ? JsonKind.Integer
                    : JsonKind.Number,
                _ => JsonKind.Null,
            };
        }

        if (value.TryGetValue<string>(out _) || value.TryGetValue<char>(out _))
        {
            return JsonKind.String;
        }

        if (value.TryGetValue<bool>(out _))
        {
            return JsonKind.Boolean;
        }

        if (value.TryGetValue<long>(out _) || value.TryGetValue<int>(out _) || value.TryGetValue<ulong>(out _)
            || value.TryGetValue<short>(out _) || value.TryGetValue<byte>(out _) || value.TryGetValue<uint>(out _))
        {
            return JsonKind.Integer;
        }

        // A whole float64 re-encodes without a fraction (Go's encoding/json), so YAML's 1.0 arrives as an integer.
        var number = AsDouble(value);
        return Math.Floor(number) == number && Math.Abs(number) < 9.2e18 ? JsonKind.Integer : JsonKind.Number;
    }

    public static string Name(JsonKind kind) => kind switch
    {
        JsonKind.Null => "null",
        JsonKind.Boolean => "boolean",
        JsonKind.Integer => "integer",
        JsonKind.Number => "number",
        JsonKind.String => "string",
        JsonKind.Array => "array",
        _ => "object",
    };

    public static bool AsBoolean(JsonValue value) =>
        value.TryGetValue<JsonElement>(out var element) ? element.GetBoolean() : value.GetValue<bool>();

    public static string AsString(JsonValue value) =>
        value.TryGetValue<JsonElement>(out var element) ? element.GetString()! : value.ToString();

    public static bool TryAsInt64(JsonValue value, out long result)
    {
        if (value.TryGetValue<JsonElement>(out var element))
        {
            return element.TryGetInt64(out result);
        }

        if (value.TryGetValue(out result))
        {
            return true;
        }

        if (value.TryGetValue<int>(out var small))
        {
            result = small;
            return true;
        }

        var number = AsDouble(value);
        if (Math.Floor(number) == number && Math.Abs(number) < 9.2e18)
        {
            result = (long)number;
            return true;
        }

        result = 0;
        return false;
    }

    public static double AsDouble(JsonValue value)
    {
        if (value.TryGetValue<JsonElement>(out var element))
        {
            return element.GetDouble();
        }

        if (value.TryGetValue<double>(out var d))
        {
            return d;
        }

        if (value.TryGetValue<long>(out var l))
        {
            return l;
        }

        if (value.TryGetValue<int>(out var i))
        {
            return i;
        }

        if (value.TryGetValue<decimal>(out var m))
        {
            return (double)m;
        }

        if (value.TryGetValue<float>(out var f))
        {
            return f;
        }

        return double.Parse(value.ToJsonString(), CultureInfo.InvariantCulture);
    }

    private static bool IsIntegerText(string text) =>
        text.IndexOfAny(['.', 'e', 'E']) < 0;
}
