using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ferry.Schemas.Values;

/// <summary>
/// Renders values the way Go's fmt package does in kube-apiserver messages: strings with <c>%q</c>, numbers and
/// booleans with <c>%v</c>, and maps and slices of decoded JSON with <c>%#v</c>.
/// </summary>
internal static class GoFormat
{
    /// <summary>Go's strconv.Quote: double quotes, escapes for quotes, backslashes and unprintable runes.</summary>
    public static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        foreach (var rune in value.EnumerateRunes())
        {
            switch (rune.Value)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\a': builder.Append("\\a"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\v': builder.Append("\\v"); break;
                default:
                    if (IsPrintable(rune))
                    {
                        builder.Append(rune.ToString());
                    }
                    else if (rune.Value < 0x80)
                    {
                        builder.Append(CultureInfo.InvariantCulture, $"\\x{rune.Value:x2}");
                    }
                    else if (rune.Value <= 0xFFFF)
                    {
                        builder.Append(CultureInfo.InvariantCulture, $"\\u{rune.Value:x4}");
                    }
                    else
                    {
                        builder.Append(CultureInfo.InvariantCulture, $"\\U{rune.Value:x8}");
                    }

                    break;
            }
        }

        builder.Append('"');
        return builder.ToString();
    }

    /// <summary>Go's <c>%v</c> of a float64: shortest form, exponent only from 1e21 or below 1e-4.</summary>
    public static string Float(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "+Inf" : "-Inf";
        }

        var abs = Math.Abs(value);
        if (abs != 0 && (abs < 1e-4 || abs >= 1e21))
        {
            var text = value.ToString("R", CultureInfo.InvariantCulture);
            var e = text.IndexOf('E', StringComparison.Ordinal);
            if (e < 0)
            {
                text = value.ToString("E16", CultureInfo.InvariantCulture);
                e = text.IndexOf('E', StringComparison.Ordinal);
            }

            var mantissa = text[..e];
            var exponent = int.Parse(text[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            return $"{mantissa}e{(exponent < 0 ? '-' : '+')}{Math.Abs(exponent):00}";
        }

        return value.ToString("R", CultureInfo.InvariantCulture);
    }

    /// <summary>A decoded JSON value as a field error prints it (<c>%q</c>, <c>%v</c> or <c>%#v</c>).</summary>
    public static string Value(JsonNode? node) => node switch
    {
        null => "null",
        JsonValue value when JsonKinds.Of(value) == JsonKind.String => Quote(value.GetValue<string>()),
        JsonValue value => Scalar(value),
        _ => GoSyntax(node),
    };

    /// <summary>Go's <c>%#v</c> of a decoded JSON value.</summary>
    public static string GoSyntax(JsonNode? node)
    {
        switch (node)
        {
            case null:
                return "interface {}(nil)";
            case JsonObject map:
                var entries = map.OrderBy(p => p.Key, StringComparer.Ordinal)
                    .Select(p => $"{Quote(p.Key)}:{GoSyntax(p.Value)}");
                return "map[string]interface {}{" + string.Join(", ", entries) + "}";
            case JsonArray list:
                return "[]interface {}{" + string.Join(", ", list.Select(GoSyntax)) + "}";
            case JsonValue value when JsonKinds.Of(value) == JsonKind.String:
                return Quote(value.GetValue<string>());
            case JsonValue value:
                return Scalar(value);
            default:
                return node.ToJsonString();
        }
    }

    private static string Scalar(JsonValue value) => JsonKinds.Of(value) switch
    {
        JsonKind.Boolean => JsonKinds.AsBoolean(value) ? "true" : "false",
        JsonKind.Integer => JsonKinds.TryAsInt64(value, out var integer)
            ? integer.ToString(CultureInfo.InvariantCulture)
            : Float(JsonKinds.AsDouble(value)),
        JsonKind.Number => Float(JsonKinds.AsDouble(value)),
        _ => value.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }),
    };

    private static bool IsPrintable(Rune rune)
    {
        if (rune.Value < 0x20 || rune.Value == 0x7F)
        {
            return false;
        }

        var category = Rune.GetUnicodeCategory(rune);
        return category is not (UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
            or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator)
            && (category != UnicodeCategory.SpaceSeparator || rune.Value == ' ');
    }
}
