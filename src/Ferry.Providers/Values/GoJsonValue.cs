using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Ferry.Providers.Values;

/// <summary>
/// A JSON value as Go writes it after decoding into <c>any</c> and marshalling again: object keys sorted, numbers
/// as float64 (<c>1.50</c> becomes <c>1.5</c>, large ones take an exponent), no spaces. <c>escapeHtml</c> picks
/// json.Marshal (escapes &lt; &gt; &amp;) or ESO's JSONMarshal (does not). A client that decodes numbers as
/// json.Number (Vault's) keeps them as written: <see cref="Marshal(JsonElement, bool, bool)"/>.
/// </summary>
public static class GoJsonValue
{
    public static string Marshal(JsonElement element, bool escapeHtml) => Marshal(element, escapeHtml, numbersAsWritten: false);

    public static string Marshal(JsonElement element, bool escapeHtml, bool numbersAsWritten)
    {
        var builder = new StringBuilder();
        Append(builder, element, escapeHtml, numbersAsWritten);
        return builder.ToString();
    }

    public static void Append(StringBuilder builder, JsonElement element, bool escapeHtml)
    {
        ArgumentNullException.ThrowIfNull(builder);
        Append(builder, element, escapeHtml, numbersAsWritten: false);
    }

    private static void Append(StringBuilder builder, JsonElement element, bool escapeHtml, bool numbersAsWritten)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                builder.Append('{');
                var first = true;
                // Duplicate members: Go keeps the last one.
                var members = new SortedDictionary<string, JsonElement>(StringComparer.Ordinal);
                foreach (var member in element.EnumerateObject())
                {
                    members[member.Name] = member.Value;
                }

                foreach (var (name, value) in members)
                {
                    builder.Append(first ? string.Empty : ",");
                    first = false;
                    GoJson.AppendString(builder, name, escapeHtml);
                    builder.Append(':');
                    Append(builder, value, escapeHtml, numbersAsWritten);
                }

                builder.Append('}');
                break;
            case JsonValueKind.Array:
                builder.Append('[');
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    builder.Append(index++ == 0 ? string.Empty : ",");
                    Append(builder, item, escapeHtml, numbersAsWritten);
                }

                builder.Append(']');
                break;
            case JsonValueKind.String:
                GoJson.AppendString(builder, element.GetString()!, escapeHtml);
                break;
            case JsonValueKind.Number:
                builder.Append(numbersAsWritten ? element.GetRawText() : FormatFloat(element.GetDouble()));
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

    /// <summary>strconv.FormatFloat(f, 'f', -1, 64): shortest digits, never an exponent (ESO's GetByteValue).</summary>
    public static string FormatFixed(double value) => Paths.GoFloat.FormatShortest(value);

    /// <summary>encoding/json's float64 form: shortest digits, fixed notation for 1e-6 &lt;= |x| &lt; 1e21.</summary>
    public static string FormatFloat(double value)
    {
        var magnitude = Math.Abs(value);
        if (magnitude != 0 && (magnitude < 1e-6 || magnitude >= 1e21))
        {
            var exponent = value.ToString("R", CultureInfo.InvariantCulture).ToLowerInvariant();
            // strconv writes at least two exponent digits (e+21, e-07); encoding/json then trims e-07 to e-7.
            var e = exponent.IndexOf('e', StringComparison.Ordinal);
            var mantissa = exponent[..e];
            var power = int.Parse(exponent[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            return power < 0
                ? string.Create(CultureInfo.InvariantCulture, $"{mantissa}e-{-power}")
                : string.Create(CultureInfo.InvariantCulture, $"{mantissa}e+{power:00}");
        }

        return ToFixed(value);
    }

    private static string ToFixed(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        var e = text.IndexOf('E', StringComparison.Ordinal);
        if (e < 0)
        {
            return text;
        }

        var negative = text.StartsWith('-');
        var mantissa = text[(negative ? 1 : 0)..e].Replace(".", string.Empty, StringComparison.Ordinal);
        var point = text.IndexOf('.', StringComparison.Ordinal) is var p and >= 0 ? p - (negative ? 1 : 0) : e - (negative ? 1 : 0);
        var position = point + int.Parse(text[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        string digits;
        if (position <= 0)
        {
            digits = "0." + new string('0', -position) + mantissa;
        }
        else if (position >= mantissa.Length)
        {
            digits = mantissa + new string('0', position - mantissa.Length);
        }
        else
        {
            digits = mantissa[..position] + "." + mantissa[position..];
        }

        return negative ? "-" + digits : digits;
    }
}
