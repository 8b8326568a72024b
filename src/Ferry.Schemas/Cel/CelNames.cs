namespace Ferry.Schemas.Cel;

/// <summary>
/// Kubernetes' escaping of property names in CEL: <c>__underscores__</c>, <c>__dot__</c>, <c>__dash__</c>,
/// <c>__slash__</c>, <c>__{keyword}__</c> and <c>__{digits}__</c>, so <c>self.foo__dash__bar</c> reads "foo-bar".
/// </summary>
internal static class CelNames
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "true", "false", "null", "in", "as", "break", "const", "continue", "else", "for", "function", "if", "import",
        "let", "loop", "package", "namespace", "return", "var", "void", "while",
    };

    public static string Unescape(string name)
    {
        if (name.StartsWith("__", StringComparison.Ordinal) && name.EndsWith("__", StringComparison.Ordinal) && name.Length > 4)
        {
            var inner = name[2..^2];
            if (Keywords.Contains(inner))
            {
                return inner;
            }
        }

        if (!name.Contains("__", StringComparison.Ordinal))
        {
            return name;
        }

        return name.Replace("__underscores__", "\u0001", StringComparison.Ordinal)
            .Replace("__dot__", ".", StringComparison.Ordinal)
            .Replace("__dash__", "-", StringComparison.Ordinal)
            .Replace("__slash__", "/", StringComparison.Ordinal)
            .Replace("\u0001", "__", StringComparison.Ordinal);
    }
}
