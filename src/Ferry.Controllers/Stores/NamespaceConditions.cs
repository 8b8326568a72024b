using System.Collections.Concurrent;
using Ferry.Api.V1;
using Ferry.Api.Regexp;

namespace Ferry.Controllers.Stores;

/// <summary>
/// ESO's ClusterSecretStore conditions: a namespace may use the store when there are no conditions, or when any
/// selector, name or regex of any condition matches it. Regexes are Go RE2 and unanchored (regexp.MatchString); one
/// that does not compile matches nothing (admission rejects it anyway).
/// </summary>
internal static class NamespaceConditions
{
    public const string NameLabel = "kubernetes.io/metadata.name";

    // Patterns come from a handful of stores but are checked on every resolve: compile each once.
    private static readonly ConcurrentDictionary<string, GoRegexp?> Compiled = new(StringComparer.Ordinal);

    public static bool Admits(
        IReadOnlyList<ClusterSecretStoreCondition>? conditions, string ns, IReadOnlyDictionary<string, string> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        if (conditions is null || conditions.Count == 0)
        {
            return true;
        }

        return conditions.Any(condition => Admits(condition, ns, labels));
    }

    private static bool Admits(ClusterSecretStoreCondition condition, string ns, IReadOnlyDictionary<string, string> labels)
    {
        if (condition.NamespaceSelector is { } selector && LabelSelectorMatcher.Matches(selector, labels))
        {
            return true;
        }

        if (condition.Namespaces?.Contains(ns) == true)
        {
            return true;
        }

        return condition.NamespaceRegexes?.Any(pattern => Compile(pattern)?.IsMatch(ns) == true) == true;
    }

    private static GoRegexp? Compile(string pattern)
    {
        if (Compiled.TryGetValue(pattern, out var known))
        {
            return known;
        }

        var regex = GoRegex.TryCompile(pattern, out var compiled, out _) ? compiled : null;
        if (Compiled.Count < 4096)
        {
            Compiled[pattern] = regex;
        }

        return regex;
    }
}
