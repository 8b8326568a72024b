namespace Ferry.Providers.Matching;

/// <summary>A pattern Go's regexp package would reject; the message follows Go's "error parsing regexp: ..." form.</summary>
public sealed class GoRegexException : ProviderException
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
