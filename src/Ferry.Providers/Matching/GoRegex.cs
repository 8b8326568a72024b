using System.Text.RegularExpressions;

namespace Ferry.Providers.Matching;

/// <summary>
/// Regular expressions with Go's meaning (find.name.regexp, rewrite regexps, namespace regexes). Patterns are
/// translated from RE2 syntax and run on .NET's non-backtracking engine, which, like RE2, guarantees linear time
/// and supports exactly the constructs RE2 allows. Matching is unanchored, as Go's MatchString.
/// </summary>
public static class GoRegex
{
    /// <exception cref="GoRegexException">Go would reject the pattern, or Ferry cannot express it.</exception>
    public static GoRegexp Compile(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var (translated, groupNames) = GoRegexTranslator.Translate(pattern);
        try
        {
            return new GoRegexp(pattern, new Regex(translated, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant), groupNames);
        }
        catch (ArgumentException ex)
        {
            throw new GoRegexException($"error parsing regexp: {ex.Message}: `{pattern}`", ex);
        }
    }

    public static bool TryCompile(string pattern, out GoRegexp? regex, out string? error)
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
}
