using System.Text;
using Ferry.Templating.Values;

namespace Ferry.Templating.Eso;

/// <summary>
/// The common shape of a KeysAndValues output, read without a YAML parser: one "key: value" per line, plain
/// keys, and values that are double-quoted, single-quoted or plain single-line scalars. Anything else (comments,
/// indentation, flow or block collections, multi-line scalars, duplicate keys, tabs) returns null so the full
/// YAML path decides. Plain keys and values resolve (numbers, booleans, null) exactly as on the full path.
/// </summary>
internal static class SimpleKeysAndValues
{
    public static List<KeyValuePair<string, GoString>>? TryParse(string text)
    {
        var result = new List<KeyValuePair<string, GoString>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.EndsWith('\r') ? rawLine[..^1] : rawLine;
            if (line.Length == 0)
            {
                continue;
            }

            if (line.Contains('\t', StringComparison.Ordinal) || line.Contains('#', StringComparison.Ordinal)
                || line[0] == ' ' || line.StartsWith("---", StringComparison.Ordinal) || line.StartsWith("...", StringComparison.Ordinal))
            {
                return null;
            }

            var colon = line.IndexOf(": ", StringComparison.Ordinal);
            var rawKey = colon < 0 ? (line.EndsWith(':') ? line[..^1] : null) : line[..colon];
            if (rawKey is null || !IsPlainKey(rawKey)
                || StringMapCoercion.KeyText(GoYamlScalars.ResolvePlain(rawKey)) is not { } key || !seen.Add(key))
            {
                return null;
            }

            var valueText = colon < 0 ? "" : line[(colon + 2)..].TrimEnd(' ');
            if (ReadValue(valueText.TrimStart(' ')) is not { } value)
            {
                return null;
            }

            result.Add(new(key, value));
        }

        return result;
    }

    private static bool IsPlainKey(string key) =>
        key.Length > 0 && !key.EndsWith(' ')
        && key.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.' or '/')
        && key[0] is not ('-' or '.' or '/');

    private static GoString? ReadValue(string text)
    {
        if (text.Length == 0)
        {
            return GoString.Empty;
        }

        switch (text[0])
        {
            case '"':
                return ReadDoubleQuoted(text);
            case '\'':
                if (text.Length < 2 || text[^1] != '\'')
                {
                    return null;
                }

                var inner = text[1..^1];
                return inner.Replace("''", "", StringComparison.Ordinal).Contains('\'', StringComparison.Ordinal)
                    ? null
                    : GoString.FromUtf8(inner.Replace("''", "'", StringComparison.Ordinal));
        }

        if ("-?:,[]{}&*!|>%@`".Contains(text[0], StringComparison.Ordinal) || text.Contains(": ", StringComparison.Ordinal)
            || text.EndsWith(':'))
        {
            return null;
        }

        return GoString.FromUtf8(StringMapCoercion.ValueText(GoYamlScalars.ResolvePlain(text)));
    }

    /// <summary>A double-quoted scalar with the escapes templates produce; anything unusual goes to the full parser.</summary>
    private static GoString? ReadDoubleQuoted(string text)
    {
        if (text.Length < 2 || text[^1] != '"')
        {
            return null;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 1; i < text.Length - 1; i++)
        {
            var c = text[i];
            if (c == '"')
            {
                return null;
            }

            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }

            if (++i >= text.Length - 1)
            {
                return null;
            }

            switch (text[i])
            {
                case '"': builder.Append('"'); break;
                case '\\': builder.Append('\\'); break;
                case '/': builder.Append('/'); break;
                case 'n': builder.Append('\n'); break;
                case 't': builder.Append('\t'); break;
                case 'r': builder.Append('\r'); break;
                default: return null;
            }
        }

        return GoString.FromUtf8(builder.ToString());
    }
}
