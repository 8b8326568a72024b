namespace Ferry.Providers.Paths;

/// <summary>
/// What a gjson path selected. <see cref="Raw"/> is the JSON text as it appears in the document;
/// <see cref="ToGoString"/> is gjson's <c>Result.String()</c>, the text providers put into the Secret.
/// </summary>
public readonly record struct GJsonResult(bool Exists, GJsonType Type, string Raw, string Text)
{
    public static GJsonResult Missing { get; } = new(false, GJsonType.Null, string.Empty, string.Empty);

    /// <summary>
    /// gjson's String(): a string is its unescaped text, true/false their names, null empty, an integer its raw
    /// digits, any other number Go's shortest fixed-point form, an object or array its raw JSON.
    /// </summary>
    public string ToGoString() => Type switch
    {
        GJsonType.String => Text,
        GJsonType.True => "true",
        GJsonType.False => "false",
        GJsonType.Null => string.Empty,
        GJsonType.Number => IsPlainInteger(Raw) ? Raw : GoFloat.FormatShortest(Raw),
        _ => Raw,
    };

    private static bool IsPlainInteger(string raw)
    {
        var digits = raw.AsSpan(raw.StartsWith('-') ? 1 : 0);
        if (digits.IsEmpty)
        {
            return false;
        }

        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
