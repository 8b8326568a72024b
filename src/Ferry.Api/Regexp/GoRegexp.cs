using System.Text;
using System.Text.RegularExpressions;

namespace Ferry.Api.Regexp;

/// <summary>
/// A compiled Go regular expression: matching as Go's MatchString, and ReplaceAllString with Go's template
/// expansion (<c>$1</c>, <c>${1}</c>, <c>$name</c>, <c>$$</c>; <c>$1_x</c> names the group "1_x", which does not
/// exist and expands to nothing, exactly the trap ESO's docs warn about). Group numbers follow Go.
/// </summary>
sealed partial class GoRegexp
{
    private readonly IReadOnlyDictionary<string, int> _groupNames;

    internal GoRegexp(string pattern, Regex regex, IReadOnlyDictionary<string, int> groupNames)
    {
        Pattern = pattern;
        Regex = regex;
        _groupNames = groupNames;
    }

    /// <summary>The pattern as written, in Go syntax.</summary>
    public string Pattern { get; }

    /// <summary>The translated .NET regex; its group numbers equal Go's, names are in <see cref="GroupNumber"/>.</summary>
    public Regex Regex { get; }

    public bool IsMatch(string input) => Regex.IsMatch(input);

    /// <summary>Go's group number for a named group, or -1.</summary>
    public int GroupNumber(string name) => _groupNames.TryGetValue(name, out var number) ? number : -1;

    /// <summary>
    /// Go's FindAllString: successive non-overlapping matches, where an empty match right after the previous match
    /// does not count, and the search moves on by whole runes.
    /// </summary>
    public IEnumerable<Match> FindAll(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var previousEnd = -1;
        var position = 0;
        while (position <= input.Length && Next(input, position) is { } match)
        {
            var end = match.Index + match.Length;
            var accept = true;
            if (end == position)
            {
                // An empty match where the search began: skip one rune, and drop it if it touches the last match.
                accept = match.Index != previousEnd;
                var width = RuneWidth(input, position);
                position = width > 0 ? position + width : input.Length + 1;
            }
            else
            {
                position = end;
            }

            previousEnd = end;
            if (accept)
            {
                yield return match;
            }
        }
    }

    /// <summary>Go's ReplaceAllString, with the template expanded as Go's Expand does.</summary>
    public string ReplaceAll(string input, string template)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(template);
        var output = new StringBuilder();
        var lastEnd = 0;
        var position = 0;
        while (position <= input.Length && Next(input, position) is { } match)
        {
            var end = match.Index + match.Length;
            output.Append(input, lastEnd, match.Index - lastEnd);

            // No replacement for an empty match right after another match, or patterns that match both the empty
            // string and more would replace twice.
            if (end > lastEnd || match.Index == 0)
            {
                output.Append(Expand(match, template));
            }

            lastEnd = end;
            var width = RuneWidth(input, position);
            position = position + width > end ? position + width : position + 1 > end ? position + 1 : end;
        }

        output.Append(input, lastEnd, input.Length - lastEnd);
        return output.ToString();
    }

    // The next match at or after the position that starts on a rune boundary (Go never looks inside a rune).
    private Match? Next(string input, int position)
    {
        while (position <= input.Length)
        {
            var match = Regex.Match(input, position);
            if (!match.Success)
            {
                return null;
            }

            if (!IsInsidePair(input, match.Index))
            {
                return match;
            }

            position = match.Index + 1;
        }

        return null;
    }

    private static bool IsInsidePair(string input, int index) =>
        index > 0 && index < input.Length && char.IsLowSurrogate(input[index]) && char.IsHighSurrogate(input[index - 1]);

    // Go's width of the rune at the position: 0 at the end, 2 for a surrogate pair, else 1.
    private static int RuneWidth(string input, int position) =>
        position >= input.Length ? 0
        : position + 1 < input.Length && char.IsHighSurrogate(input[position]) && char.IsLowSurrogate(input[position + 1]) ? 2
        : 1;

    private string Expand(Match match, string template)
    {
        var output = new StringBuilder();
        var i = 0;
        while (i < template.Length)
        {
            var dollar = template.IndexOf('$', i);
            if (dollar < 0)
            {
                output.Append(template, i, template.Length - i);
                break;
            }

            output.Append(template, i, dollar - i);
            if (dollar + 1 < template.Length && template[dollar + 1] == '$')
            {
                output.Append('$');
                i = dollar + 2;
                continue;
            }

            if (!TryReadName(template, dollar + 1, out var name, out var next))
            {
                // Malformed reference: Go keeps the '$' as text.
                output.Append('$');
                i = dollar + 1;
                continue;
            }

            output.Append(GroupValue(match, name));
            i = next;
        }

        return output.ToString();
    }

    private string GroupValue(Match match, string name)
    {
        var number = IsGroupNumber(name, out var parsed) ? parsed : GroupNumber(name);
        return number >= 0 && number < match.Groups.Count && match.Groups[number].Success ? match.Groups[number].Value : string.Empty;
    }

    // Go's rule: a name is all digits (a number below 1e8) or else a group name.
    private static bool IsGroupNumber(string name, out int number)
    {
        number = 0;
        if (name.Length == 0 || name.Length > 8)
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            number = (number * 10) + (c - '0');
        }

        return true;
    }

    // `name` is the longest run of letters, digits and '_' after '$', or the text inside `${...}`.
    private static bool TryReadName(string template, int start, out string name, out int next)
    {
        name = string.Empty;
        next = start;
        if (start >= template.Length)
        {
            return false;
        }

        var braced = template[start] == '{';
        var i = braced ? start + 1 : start;
        var nameStart = i;
        while (i < template.Length && (char.IsLetterOrDigit(template[i]) || template[i] == '_'))
        {
            i++;
        }

        if (i == nameStart)
        {
            return false;
        }

        if (braced)
        {
            if (i >= template.Length || template[i] != '}')
            {
                return false;
            }

            name = template[nameStart..i];
            next = i + 1;
            return true;
        }

        name = template[nameStart..i];
        next = i;
        return true;
    }
}
