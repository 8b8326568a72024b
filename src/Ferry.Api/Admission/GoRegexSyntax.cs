namespace Ferry.Api.Admission;

/// <summary>
/// Checks a regular expression the way Go's <c>regexp.Compile</c> (RE2 syntax) does, so an offline check refuses
/// exactly what ESO would fail on: back-references, look-around, possessive quantifiers, <c>\Z</c>, repeat counts
/// above 1000, and so on. It only checks syntax; matching is a separate concern.
/// </summary>
public static class GoRegexSyntax
{
    /// <summary>Null when Go accepts the pattern; otherwise Go's error text, e.g.
    /// <c>error parsing regexp: invalid escape sequence: `\1`</c>.</summary>
    public static string? Check(string pattern) => new GoRegexParser(pattern).Parse();
}
