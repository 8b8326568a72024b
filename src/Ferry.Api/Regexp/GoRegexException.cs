namespace Ferry.Api.Regexp;

/// <summary>
/// A pattern Go's regexp package would reject, or one Ferry cannot express; the message follows Go's
/// "error parsing regexp: ..." form. An <see cref="ArgumentException"/> because the pattern is the caller's argument.
/// </summary>
sealed partial class GoRegexException : ArgumentException
{
    public GoRegexException()
    {
    }

    public GoRegexException(string message)
        : base(message)
    {
    }

    public GoRegexException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal static GoRegexException Parse(string code, string expression) =>
        new($"error parsing regexp: {code}: `{expression}`");
}
