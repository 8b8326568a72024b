using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace Ferry.Api.Regexp;

/// <summary>
/// Go's regexp (RE2 syntax), the one implementation every Ferry layer uses: admission and <c>ferry validate</c>
/// (<see cref="Validate"/>), CRD <c>pattern</c> and CEL <c>matches</c>, find.name.regexp, rewrite regexps,
/// namespace regexes and sprig's regex template functions (<see cref="Compile"/>). A pattern is first checked as
/// Go's parser checks it, so errors carry Go's exact text; then it is translated and run on .NET's non-backtracking
/// engine, which, like RE2, matches in linear time. Matching is unanchored, as Go's MatchString.
/// </summary>
/// <remarks>
/// Ferry.Schemas and Ferry.Templating may reference only the base class library, so they compile these same files
/// (as internal types); Ferry.Api makes them public in the <c>*.Public.cs</c> files, which the others leave out.
/// </remarks>
static partial class GoRegex
{
    private const int CacheLimit = 1024;

    /// <summary>Only for a pattern the non-backtracking engine cannot build (too large); RE2 itself never needs it.</summary>
    private static readonly TimeSpan BacktrackingTimeout = TimeSpan.FromSeconds(1);

    // CRDs and stores repeat the same few patterns (names, keys, namespaces); each is compiled once.
    private static readonly ConcurrentDictionary<string, GoRegexp> Cache = new(StringComparer.Ordinal);

    /// <summary>Null when Go accepts the pattern; otherwise Go's error text, e.g.
    /// <c>error parsing regexp: invalid escape sequence: `\1`</c>.</summary>
    public static string? Validate(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        return new GoRegexParser(pattern).Parse();
    }

    /// <exception cref="GoRegexException">Go would reject the pattern (Go's text), or Ferry cannot express it.</exception>
    public static GoRegexp Compile(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        if (Cache.TryGetValue(pattern, out var cached))
        {
            return cached;
        }

        if (Validate(pattern) is { } error)
        {
            throw new GoRegexException(error);
        }

        var (translated, groupNames) = GoRegexTranslator.Translate(pattern);
        var regexp = new GoRegexp(pattern, Build(pattern, translated), groupNames);
        if (Cache.Count < CacheLimit)
        {
            Cache.TryAdd(pattern, regexp);
        }

        return regexp;
    }

    public static bool TryCompile(string pattern, [NotNullWhen(true)] out GoRegexp? regex, [NotNullWhen(false)] out string? error)
    {
        try
        {
            regex = Compile(pattern);
            error = null;
            return true;
        }
        catch (GoRegexException ex)
        {
            regex = null;
            error = ex.Message;
            return false;
        }
    }

    private static Regex Build(string pattern, string translated)
    {
        try
        {
            return new Regex(translated, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);
        }
        catch (NotSupportedException)
        {
            return Backtracking(pattern, translated);
        }
        catch (ArgumentException ex)
        {
            throw new GoRegexException($"error parsing regexp: {ex.Message}: `{pattern}`", ex);
        }
    }

    private static Regex Backtracking(string pattern, string translated)
    {
        try
        {
            return new Regex(translated, RegexOptions.CultureInvariant, BacktrackingTimeout);
        }
        catch (ArgumentException ex)
        {
            throw new GoRegexException($"error parsing regexp: {ex.Message}: `{pattern}`", ex);
        }
    }
}
