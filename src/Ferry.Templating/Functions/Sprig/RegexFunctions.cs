using System.Text;
using Ferry.Api.Regexp;
using Ferry.Templating.Values;
using static Ferry.Templating.Functions.Sprig.SprigValues;

namespace Ferry.Templating.Functions.Sprig;

/// <summary>
/// sprig's regex functions, which call Go's regexp: the same Go regexp (RE2) Ferry uses everywhere (linear time,
/// so a hostile pattern cannot hang a reconcile), with Go's FindAllString, ReplaceAllString and Split rules.
/// </summary>
internal static class RegexFunctions
{
    private static readonly GoType S = GoType.String;
    private static readonly GoType I = GoType.Int;

    public static IEnumerable<GoFunction> All()
    {
        yield return new("regexMatch", [S, S], null, a => GoRegex.TryCompile(Text(a[0]), out var r, out _) && r.IsMatch(Text(a[1])));
        yield return new("mustRegexMatch", [S, S], null, a => Compile(Text(a[0])).IsMatch(Text(a[1])));
        foreach (var prefix in new[] { "regex", "mustRegex" })
        {
            yield return new(prefix + "FindAll", [S, S, I], null, a => FindAll(Compile(Text(a[0])), Text(a[1]), (long)a[2]!));
            yield return new(prefix + "Find", [S, S], null, a => Str(Compile(Text(a[0])).FindAll(Text(a[1])).FirstOrDefault()?.Value ?? ""));
            yield return new(prefix + "ReplaceAll", [S, S, S], null, a => Str(Compile(Text(a[0])).ReplaceAll(Text(a[1]), Text(a[2]))));
            yield return new(prefix + "ReplaceAllLiteral", [S, S, S], null, a => Str(Compile(Text(a[0])).ReplaceAll(Text(a[1]), Text(a[2]).Replace("$", "$$", StringComparison.Ordinal))));
            yield return new(prefix + "Split", [S, S, I], null, a => Split(Compile(Text(a[0])), Text(a[1]), (long)a[2]!));
        }

        yield return new("regexQuoteMeta", [S], null, a => Str(QuoteMeta(Text(a[0]))));
    }

    private static GoRegexp Compile(string pattern) =>
        GoRegex.TryCompile(pattern, out var regex, out var error) ? regex : throw new TemplateFunctionException(error);

    private static GoList FindAll(GoRegexp regex, string input, long n)
    {
        var matches = regex.FindAll(input).Select(m => m.Value);
        if (n >= 0)
        {
            matches = matches.Take((int)Math.Min(n, int.MaxValue));
        }

        return GoList.OfStrings(matches.Select(Str));
    }

    // Go's Regexp.Split: the text between matches (captures are not included), an empty match at the start ignored.
    private static GoList Split(GoRegexp regex, string input, long n)
    {
        if (n == 0)
        {
            return GoList.OfStrings([]);
        }

        if (regex.Pattern.Length > 0 && input.Length == 0)
        {
            return GoList.OfStrings([Str("")]);
        }

        var parts = new List<GoString>();
        var begin = 0;
        var end = 0;
        foreach (var match in regex.FindAll(input).Take(n > 0 ? (int)Math.Min(n, int.MaxValue) : int.MaxValue))
        {
            if (n > 0 && parts.Count == n - 1)
            {
                break;
            }

            end = match.Index;
            if (match.Index + match.Length != 0)
            {
                parts.Add(Str(input[begin..end]));
            }

            begin = match.Index + match.Length;
        }

        if (end != input.Length)
        {
            parts.Add(Str(input[begin..]));
        }

        return GoList.OfStrings(parts);
    }

    private static string QuoteMeta(string text)
    {
        var builder = new StringBuilder(text.Length * 2);
        foreach (var c in text)
        {
            if (@"\.+*?()|[]{}^$".Contains(c, StringComparison.Ordinal))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
