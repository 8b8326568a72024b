namespace Ferry.Providers.Matching;

/// <summary>RE2's ASCII-only Perl and POSIX classes, written as .NET class contents (without the brackets).</summary>
internal static class GoRegexClasses
{
    public const string Digit = "0-9";
    public const string NotDigit = "\\u0000-/:-\\uFFFF";
    public const string Space = "\\t\\n\\f\\r ";
    public const string NotSpace = "\\u0000-\\u0008\\u000B\\u000E-\\u001F!-\\uFFFF";
    public const string Word = "0-9A-Za-z_";
    public const string NotWord = "\\u0000-/:-@\\[-\\^`{-\\uFFFF";

    public static readonly IReadOnlyDictionary<string, string> Posix = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["alnum"] = "0-9A-Za-z",
        ["alpha"] = "A-Za-z",
        ["ascii"] = "\\u0000-\\u007F",
        ["blank"] = "\\t ",
        ["cntrl"] = "\\u0000-\\u001F\\u007F",
        ["digit"] = "0-9",
        ["graph"] = "!-~",
        ["lower"] = "a-z",
        ["print"] = " -~",
        ["punct"] = "!-/:-@\\[-`{-~",
        ["space"] = "\\t\\n\\v\\f\\r ",
        ["upper"] = "A-Z",
        ["word"] = "0-9A-Za-z_",
        ["xdigit"] = "0-9A-Fa-f",
    };

    /// <summary>Unicode general categories both engines name alike; Go's script names have no .NET equivalent.</summary>
    public static readonly IReadOnlySet<string> Categories = new HashSet<string>(StringComparer.Ordinal)
    {
        "L", "Lu", "Ll", "Lt", "Lm", "Lo", "M", "Mn", "Mc", "Me", "N", "Nd", "Nl", "No",
        "P", "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "S", "Sm", "Sc", "Sk", "So",
        "Z", "Zs", "Zl", "Zp", "C", "Cc", "Cf", "Cs", "Co", "Cn",
    };
}
