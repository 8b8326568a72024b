using System.Text;
using Ferry.Templating.Values;
using static Ferry.Templating.Functions.Sprig.SprigValues;

namespace Ferry.Templating.Functions.Sprig;

/// <summary>sprig's snakecase, camelcase, kebabcase (huandu/xstrings' rules) and abbrevboth.</summary>
internal static class CaseFunctions
{
    public static IEnumerable<GoFunction> All()
    {
        yield return new("snakecase", [GoType.String], null, a => Str(Delimited(Text(a[0]), '_')));
        yield return new("kebabcase", [GoType.String], null, a => Str(Delimited(Text(a[0]), '-')));
        yield return new("camelcase", [GoType.String], null, a => Str(Camel(Text(a[0]))));
        yield return new("abbrevboth", [GoType.Int, GoType.Int, GoType.String], null, a =>
            Str(AbbreviateBoth(Text(a[2]), (int)(long)a[0]!, (int)(long)a[1]!)));
    }

    /// <summary>Words split at separators and case changes ("HTTPServer" → http_server), lower-cased, joined.</summary>
    private static string Delimited(string text, char delimiter)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is ' ' or '_' or '-' or '.')
            {
                Flush();
                continue;
            }

            if (char.IsUpper(c) && current.Length > 0)
            {
                var previous = text[i - 1];
                var previousLower = char.IsLower(previous) || char.IsDigit(previous);
                var nextLower = i + 1 < text.Length && char.IsLower(text[i + 1]);
                if (previousLower || (char.IsUpper(previous) && nextLower))
                {
                    Flush();
                }
            }

            current.Append(char.ToLowerInvariant(c));
        }

        Flush();
        return string.Join(delimiter, words);

        void Flush()
        {
            if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }
    }

    /// <summary>Words separated by space, underscore or hyphen become one capitalised word each ("some_words" → SomeWords).</summary>
    private static string Camel(string text)
    {
        var builder = new StringBuilder(text.Length);
        var upperNext = true;
        foreach (var c in text)
        {
            if (c is ' ' or '_' or '-')
            {
                if (builder.Length == 0 && c == '_')
                {
                    builder.Append(c);
                }

                upperNext = true;
                continue;
            }

            builder.Append(upperNext ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c));
            upperNext = false;
        }

        return builder.ToString();
    }

    /// <summary>commons-lang abbreviate(str, offset, maxWidth), as goutils.AbbreviateFull.</summary>
    private static string AbbreviateBoth(string text, int offset, int maxWidth)
    {
        if (text.Length == 0 || maxWidth < 4 || text.Length <= maxWidth)
        {
            return text;
        }

        offset = Math.Min(offset, text.Length);
        if (text.Length - offset < maxWidth - 3)
        {
            offset = text.Length - (maxWidth - 3);
        }

        if (offset <= 4)
        {
            return text[..(maxWidth - 3)] + "...";
        }

        if (maxWidth < 7)
        {
            return text;
        }

        if (offset + maxWidth - 3 < text.Length)
        {
            return "..." + AbbreviateBoth(text[offset..], 0, maxWidth - 3);
        }

        return "..." + text[(text.Length - (maxWidth - 3))..];
    }
}
