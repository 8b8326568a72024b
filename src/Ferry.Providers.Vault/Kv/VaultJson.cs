using System.Globalization;
using System.Text;
using System.Text.Json;
using Ferry.Providers.Values;

namespace Ferry.Providers.Vault.Kv;

/// <summary>
/// Go's view of a Vault secret. Vault's Go client decodes numbers as json.Number (kept as written); ESO's
/// GetSecretMap decodes again into float64. Objects are written as json.Marshal does: keys sorted, HTML escaped.
/// </summary>
internal static class VaultJson
{
    public static string Marshal(JsonElement element, bool numbersAsFloat)
    {
        var builder = new StringBuilder();
        Write(builder, element, numbersAsFloat);
        return builder.ToString();
    }

    /// <summary>esutils.GetByteValue: a string raw, null empty, a number or bool as text, anything else as JSON.</summary>
    public static SecretValue ValueOf(JsonElement element, bool numbersAsFloat) => element.ValueKind switch
    {
        JsonValueKind.String => SecretValue.FromString(element.GetString()!),
        JsonValueKind.Null or JsonValueKind.Undefined => SecretValue.Empty,
        JsonValueKind.True => SecretValue.FromString("true"),
        JsonValueKind.False => SecretValue.FromString("false"),
        JsonValueKind.Number => SecretValue.FromString(numbersAsFloat ? GoFloatText.FormatF(element.GetDouble()) : element.GetRawText()),
        _ => SecretValue.FromString(Marshal(element, numbersAsFloat)),
    };

    private static void Write(StringBuilder builder, JsonElement element, bool numbersAsFloat)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                builder.Append('{');
                var first = true;
                // Go decodes into a map: a repeated member keeps its last value, then keys are sorted.
                var members = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
                foreach (var member in element.EnumerateObject())
                {
                    members[member.Name] = member.Value;
                }

                foreach (var name in members.Keys.Order(StringComparer.Ordinal))
                {
                    if (!first)
                    {
                        builder.Append(',');
                    }

                    first = false;
                    GoJson.AppendString(builder, name, escapeHtml: true);
                    builder.Append(':');
                    Write(builder, members[name], numbersAsFloat);
                }

                builder.Append('}');
                break;
            case JsonValueKind.Array:
                builder.Append('[');
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (index++ > 0)
                    {
                        builder.Append(',');
                    }

                    Write(builder, item, numbersAsFloat);
                }

                builder.Append(']');
                break;
            case JsonValueKind.String:
                GoJson.AppendString(builder, element.GetString()!, escapeHtml: true);
                break;
            case JsonValueKind.Number:
                builder.Append(numbersAsFloat ? GoFloatText.FormatJson(element.GetDouble()) : element.GetRawText());
                break;
            case JsonValueKind.True:
                builder.Append("true");
                break;
            case JsonValueKind.False:
                builder.Append("false");
                break;
            default:
                builder.Append("null");
                break;
        }
    }

    public static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);
}
