using System.Globalization;
using System.Text.RegularExpressions;

namespace Ferry.Templating.Functions.Sprig;

/// <summary>
/// Masterminds/semver v3 constraints: "||" alternatives of comma- or space-separated terms with =, !=, &gt;, &lt;,
/// &gt;=, &lt;=, ~, ^, x/* wildcards and "a - b" ranges. A prerelease version only matches a term that has one.
/// </summary>
internal static partial class SemverConstraint
{
    [GeneratedRegex(@"^\s*(=|!=|>=|=>|<=|=<|>|<|~>|~|\^)?\s*v?([0-9xX*]+)(\.([0-9xX*]+))?(\.([0-9xX*]+))?(-([0-9A-Za-z\-.]+))?(\+[0-9A-Za-z\-.]+)?\s*$")]
    private static partial Regex TermPattern();

    [GeneratedRegex(@"\s*([0-9A-Za-z.+\-*]+)\s+-\s+([0-9A-Za-z.+\-*]+)\s*")]
    private static partial Regex HyphenPattern();

    [GeneratedRegex(@"(=|!=|>=|=>|<=|=<|>|<|~>|~|\^)\s+")]
    private static partial Regex OperatorSpace();

    public static bool Check(string constraint, SemanticVersion version)
    {
        foreach (var alternative in constraint.Split("||"))
        {
            var text = HyphenPattern().Replace(alternative, m => $" >={m.Groups[1].Value}, <={m.Groups[2].Value} ");
            text = OperatorSpace().Replace(text, "$1");
            var terms = text.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries);
            if (terms.Length == 0)
            {
                throw new TemplateFunctionException($"improper constraint: {constraint}");
            }

            if (terms.All(term => Matches(term, version, constraint)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Matches(string term, SemanticVersion version, string constraint)
    {
        var match = TermPattern().Match(term);
        if (!match.Success)
        {
            throw new TemplateFunctionException($"improper constraint: {constraint}");
        }

        var op = match.Groups[1].Value;
        var parts = new[] { match.Groups[2], match.Groups[4], match.Groups[6] };
        var wildcardAt = Array.FindIndex(parts, g => !g.Success || g.Value is "x" or "X" or "*");
        var numbers = parts.Select(g => g.Success && g.Value is not ("x" or "X" or "*") ? ulong.Parse(g.Value, CultureInfo.InvariantCulture) : 0).ToArray();
        var prerelease = match.Groups[8].Value;
        if (version.Prerelease.Length > 0 && prerelease.Length == 0)
        {
            return false;
        }

        var floor = SemanticVersion.Of(numbers[0], numbers[1], numbers[2], prerelease);
        var compared = version.CompareTo(floor);
        SemanticVersion NextAt(int level) => level switch
        {
            0 => SemanticVersion.Of(numbers[0] + 1, 0, 0),
            1 => SemanticVersion.Of(numbers[0], numbers[1] + 1, 0),
            _ => SemanticVersion.Of(numbers[0], numbers[1], numbers[2] + 1),
        };

        if (wildcardAt == 0 && op is "" or "=" or ">=" or "=>" or "<=" or "=<" or "~" or "~>" or "^")
        {
            return true;
        }

        switch (op)
        {
            case "" or "=":
                return wildcardAt < 0 ? compared == 0 : compared >= 0 && version.CompareTo(NextAt(wildcardAt - 1)) < 0;
            case "!=":
                return wildcardAt < 0 ? compared != 0 : !(compared >= 0 && version.CompareTo(NextAt(wildcardAt - 1)) < 0);
            case ">":
                return wildcardAt < 0 ? compared > 0 : version.CompareTo(NextAt(wildcardAt - 1)) >= 0;
            case "<":
                return compared < 0;
            case ">=" or "=>":
                return compared >= 0;
            case "<=" or "=<":
                return wildcardAt < 0 ? compared <= 0 : version.CompareTo(NextAt(wildcardAt - 1)) < 0;
            case "~" or "~>":
                return compared >= 0 && version.CompareTo(NextAt(wildcardAt is 1 ? 0 : 1)) < 0;
            default:
                var level = numbers[0] > 0 || wildcardAt == 1 ? 0 : numbers[1] > 0 || wildcardAt == 2 ? 1 : 2;
                return compared >= 0 && version.CompareTo(NextAt(level)) < 0;
        }
    }
}
