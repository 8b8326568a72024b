using System.Text;
using System.Text.RegularExpressions;
using Ferry.Templating.Values;
using static Ferry.Templating.Functions.Sprig.SprigValues;

namespace Ferry.Templating.Functions.Sprig;

/// <summary>
/// sprig's regex functions over .NET regular expressions (RE2 syntax is mostly a subset). Matching runs with a
/// timeout so a pathological pattern cannot hang a reconcile.
/// </summary>
internal static class RegexFunctions
{
    private static readonly GoType S = GoType.String;
    private static readonly GoType I = GoType.Int;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    public static IEnumerable<GoFunction> All()
    {
        yield return new("regexMatch", [S, S], null, a => TryCompile(Text(a[0])) is { } r && r.IsMatch(Text(a[1])));
        yield return new("mustRegexMatch", [S, S], null, a => Compile(Text(a[0])).IsMatch(Text(a[1])));
        foreach (var prefix in new[] { "regex", "mustRegex" })
        {
            yield return new(prefix + "FindAll", [S, S, I], null, a => FindAll(Compile(Text(a[0])), Text(a[1]), (long)a[2]!));
            yield return new(prefix + "Find", [S, S], null, a => Str(Compile(Text(a[0])).Match(Text(a[1])) is { Success: true } m ? m.Value : ""));
            yield return new(prefix + "ReplaceAll", [S, S, S], null, a => Str(Compile(Text(a[0])).Replace(Text(a[1]), GoReplacement(Text(a[2])))));
            yield return new(prefix + "ReplaceAllLiteral", [S, S, S], null, a => Str(Compile(Text(a[0])).Replace(Text(a[1]), Text(a[2]).Replace("$", "$$", StringComparison.Ordinal))));
            yield return new(prefix + "Split", [S, S, I], null, a => Split(Compile(Text(a[0])), Text(a[1]), (long)a[2]!));
        }

        yield return new("regexQuoteMeta", [S], null, a => Str(QuoteMeta(Text(a[0]))));
    }

    private static Regex? TryCompile(string pattern)
    {
        try
        {
            return new Regex(pattern, RegexOptions.CultureInvariant, Timeout);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static Regex Compile(string pattern) =>
        TryCompile(pattern) ?? throw new TemplateFunctionException("error parsing regexp: invalid pattern");

    private static GoList FindAll(Regex regex, string input, long n)
    {
        var matches = regex.Matches(input).Select(m => m.Value);
        if (n >= 0)
        {
            matches = matches.Take((int)n);
        }

        return GoList.OfStrings(matches.Select(Str));
    }

    private static GoList Split(Regex regex, string input, long n)
    {
        if (n == 0)
        {
            return GoList.OfStrings([]);
        }

        var parts = n < 0 ? regex.Split(input) : regex.Split(input, (int)n);
        return GoList.OfStrings(parts.Select(Str));
    }

    /// <summary>Go expands $1, ${1} and ${name}; .NET does too, so only a literal "$$" needs no change.</summary>
    private static string GoReplacement(string replacement) => replacement;

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
