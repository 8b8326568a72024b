using System.Text;
using System.Text.RegularExpressions;

namespace Ferry.Providers.Paths;

/// <summary>One dot-separated step of a gjson path, with escapes resolved and wildcards compiled.</summary>
internal sealed class GJsonPathComponent
{
    private readonly Regex? _wildcard;

    private GJsonPathComponent(string key, bool isCount, Regex? wildcard, GJsonQuery? query = null, bool queryAll = false)
    {
        Key = key;
        IsCount = isCount;
        _wildcard = wildcard;
        Query = query;
        QueryAll = queryAll;
    }

    /// <summary>An array query <c>#(...)</c>; null for an ordinary component.</summary>
    public GJsonQuery? Query { get; }

    /// <summary>The query ends in <c>#</c>: every matching element, not only the first.</summary>
    public bool QueryAll { get; }

    public static GJsonPathComponent CreateQuery(string condition, bool all) =>
        new($"#({condition})", false, null, GJsonQuery.Parse(condition), all);

    /// <summary>The key with escapes removed.</summary>
    public string Key { get; }

    /// <summary>An unescaped <c>#</c>: the array's length, or a projection when more path follows.</summary>
    public bool IsCount { get; }

    public bool IsIndex => !IsCount && Query is null && _wildcard is null && Key.Length > 0 && Key.All(char.IsAsciiDigit);

    public bool Matches(string name) => _wildcard?.IsMatch(name) ?? string.Equals(name, Key, StringComparison.Ordinal);

    /// <summary>Builds a component from raw path text, where <paramref name="escaped"/> marks characters after '\'.</summary>
    public static GJsonPathComponent Create(string text, bool[] escaped)
    {
        var hasWildcard = false;
        var pattern = new StringBuilder("^");
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!escaped[i] && c is '*' or '?')
            {
                hasWildcard = true;
                pattern.Append(c == '*' ? ".*" : ".");
            }
            else
            {
                pattern.Append(Regex.Escape(c.ToString()));
            }
        }

        var isCount = text == "#" && !escaped[0];
        var wildcard = hasWildcard
            ? new Regex(pattern.Append('$').ToString(), RegexOptions.Singleline | RegexOptions.CultureInvariant)
            : null;
        return new GJsonPathComponent(text, isCount, wildcard);
    }
}
