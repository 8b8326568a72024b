using System.Globalization;
using System.Text;

namespace Ferry.Providers.Values;

/// <summary>
/// JSON text exactly as Go's encoding/json writes it: map keys sorted, no spaces, and strings escaped Go's way.
/// <c>escapeHtml</c> picks between json.Marshal (escapes &lt; &gt; &amp;) and ESO's JSONMarshal (does not).
/// </summary>
public static class GoJson
{
    public static string MarshalStringMap(IReadOnlyDictionary<string, string> map, bool escapeHtml)
    {
        ArgumentNullException.ThrowIfNull(map);
        var builder = new StringBuilder("{");
        var first = true;
        foreach (var key in map.Keys.Order(StringComparer.Ordinal))
        {
            if (!first)
            {
                builder.Append(',');
            }

            first = false;
            AppendString(builder, key, escapeHtml);
            builder.Append(':');
            AppendString(builder, map[key], escapeHtml);
        }

        return builder.Append('}').ToString();
    }

    public static void AppendString(StringBuilder builder, string value, bool escapeHtml)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(value);
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case '\b':
                    builder.Append("\\b");
                    break;
                case '\f':
                    builder.Append("\\f");
                    break;
                case '\u2028' or '\u2029':
                    AppendUnicodeEscape(builder, c);
                    break;
                case '<' or '>' or '&' when escapeHtml:
                    AppendUnicodeEscape(builder, c);
                    break;
                case < ' ':
                    AppendUnicodeEscape(builder, c);
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        builder.Append('"');
    }

    private static void AppendUnicodeEscape(StringBuilder builder, char c) =>
        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
}
