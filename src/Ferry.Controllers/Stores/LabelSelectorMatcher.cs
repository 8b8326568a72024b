using Ferry.Api.V1;

namespace Ferry.Controllers.Stores;

/// <summary>
/// Kubernetes label-selector semantics (metav1.LabelSelectorAsSelector): every matchLabels pair and every
/// matchExpressions requirement must hold; an empty selector matches everything; an unknown operator matches nothing.
/// </summary>
internal static class LabelSelectorMatcher
{
    public static bool Matches(LabelSelector selector, IReadOnlyDictionary<string, string> labels)
    {
        ArgumentNullException.ThrowIfNull(selector);
        ArgumentNullException.ThrowIfNull(labels);
        foreach (var (key, value) in selector.MatchLabels ?? [])
        {
            if (!labels.TryGetValue(key, out var actual) || actual != value)
            {
                return false;
            }
        }

        return (selector.MatchExpressions ?? []).All(requirement => Holds(requirement, labels));
    }

    private static bool Holds(LabelSelectorRequirement requirement, IReadOnlyDictionary<string, string> labels)
    {
        var present = labels.TryGetValue(requirement.Key, out var actual);
        var values = requirement.Values ?? [];
        return requirement.Operator switch
        {
            "In" => present && values.Contains(actual!),
            "NotIn" => !present || !values.Contains(actual!),
            "Exists" => present,
            "DoesNotExist" => !present,
            _ => false,
        };
    }
}
