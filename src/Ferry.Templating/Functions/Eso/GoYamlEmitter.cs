using System.Text;
using Ferry.Templating.Formatting;
using Ferry.Templating.Values;

namespace Ferry.Templating.Functions.Eso;

/// <summary>
/// Writes JSON-shaped values the way go-yaml v2 does: block style, two-space maps, sequences flush with their
/// parent key, plain scalars where they read back as strings, quotes where they would not, literal blocks for
/// multi-line text.
/// </summary>
internal static class GoYamlEmitter
{
    public static void Emit(StringBuilder output, object? value)
    {
        switch (value)
        {
            case GoMap { Count: > 0 } map:
                EmitMap(output, map, 0);
                break;
            case GoList { Count: > 0 } list:
                EmitList(output, list, 0);
                break;
            default:
                output.Append(Scalar(value, 0)).Append('\n');
                break;
        }
    }

    private static void EmitMap(StringBuilder output, GoMap map, int indent)
    {
        foreach (var key in map.SortedKeys())
        {
            output.Append(' ', indent).Append(ScalarString(key.ToUtf8String(), indent)).Append(':');
            EmitChild(output, map.Entries[key], indent, inList: false);
        }
    }

    private static void EmitList(StringBuilder output, GoList list, int indent)
    {
        foreach (var item in list.Items)
        {
            output.Append(' ', indent).Append('-');
            EmitChild(output, item, indent, inList: true);
        }
    }

    private static void EmitChild(StringBuilder output, object? value, int indent, bool inList)
    {
        switch (value)
        {
            case GoMap { Count: > 0 } map when inList:
                {
                    output.Append(' ');
                    var nested = new StringBuilder();
                    EmitMap(nested, map, indent + 2);
                    output.Append(nested.ToString(indent + 2, nested.Length - indent - 2));
                    break;
                }

            case GoMap { Count: > 0 } map:
                output.Append('\n');
                EmitMap(output, map, indent + 2);
                break;
            case GoList { Count: > 0 } list:
                output.Append('\n');
                EmitList(output, list, inList ? indent + 2 : indent);
                break;
            default:
                output.Append(' ').Append(Scalar(value, indent + 2)).Append('\n');
                break;
        }
    }

    private static string Scalar(object? value, int indent) => value switch
    {
        null => "null",
        bool b => b ? "true" : "false",
        double d => FormatNumber(d),
        GoString s => ScalarString(s.ToUtf8String(), indent),
        GoMap => "{}",
        GoList => "[]",
        _ => ScalarString(GoFormatter.Sprint([value]).ToUtf8String(), indent),
    };

    private static string FormatNumber(double d)
    {
        if (Math.Truncate(d) == d && Math.Abs(d) < 1e21)
        {
            return GoFloatFormat.Format(d, 'f', 0);
        }

        return GoFloatFormat.Format(d, 'g', -1);
    }

    private static string ScalarString(string text, int indent)
    {
        if (text.Contains('\n', StringComparison.Ordinal))
        {
            return Literal(text, indent);
        }

        if (ResolvesToNonString(text))
        {
            return DoubleQuoted(text);
        }

        if (CanBePlain(text))
        {
            return text;
        }

        return text.Any(c => c < ' ' && c != '\t') ? DoubleQuoted(text) : "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
    }

    private static string Literal(string text, int indent)
    {
        var chomp = text.EndsWith("\n\n", StringComparison.Ordinal) ? "+" : text.EndsWith('\n') ? "" : "-";
        var lines = text.TrimEnd('\n').Split('\n');
        var builder = new StringBuilder("|" + chomp);
        foreach (var line in lines)
        {
            builder.Append('\n');
            if (line.Length > 0)
            {
                builder.Append(' ', Math.Max(indent, 2)).Append(line);
            }
        }

        if (chomp == "+")
        {
            var trailing = text.Length - text.TrimEnd('\n').Length - 1;
            builder.Append('\n', trailing);
        }

        return builder.ToString();
    }

    private static bool ResolvesToNonString(string text)
    {
        if (text.Length == 0)
        {
            return true;
        }

        switch (text)
        {
            case "~" or "null" or "Null" or "NULL" or "true" or "True" or "TRUE" or "false" or "False" or "FALSE"
                or "yes" or "Yes" or "YES" or "no" or "No" or "NO" or "on" or "On" or "ON" or "off" or "Off" or "OFF"
                or "y" or "Y" or "n" or "N" or ".inf" or ".Inf" or "-.inf" or ".nan" or ".NaN":
                return true;
        }

        var plain = text.Replace("_", "", StringComparison.Ordinal);
        return (plain.Length > 0 && (char.IsDigit(plain[0]) || plain[0] is '-' or '+' or '.')
                && double.TryParse(plain, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _))
            || (plain.StartsWith("0x", StringComparison.Ordinal) && plain.Length > 2 && plain[2..].All(Uri.IsHexDigit));
    }

    private static bool CanBePlain(string text)
    {
        if (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))
        {
            return false;
        }

        if ("-?:,[]{}#&*!|>'\"%@`".Contains(text[0], StringComparison.Ordinal))
        {
            return text.Length > 1 && text[0] is '-' or '?' or ':' && !char.IsWhiteSpace(text[1]) && !text.Contains(": ", StringComparison.Ordinal)
                && !text.Contains(" #", StringComparison.Ordinal);
        }

        return !text.Contains(": ", StringComparison.Ordinal) && !text.Contains(" #", StringComparison.Ordinal)
            && !text.EndsWith(':') && text.All(c => c >= ' ' && c != 0x7F);
    }

    private static string DoubleQuoted(string text)
    {
        var output = new ByteBuilder();
        GoQuote.AppendQuoted(output, GoString.FromUtf8(text).Span, (byte)'"', false);
        return output.ToGoString().ToUtf8String();
    }
}
