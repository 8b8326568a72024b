using k8s.Models;

namespace Ferry.Runtime.Status;

/// <summary>
/// Status-condition helpers with the Kubernetes conventions: one condition per type, and lastTransitionTime moves
/// only when the status flips. They return whether anything changed, so callers write status only then.
/// </summary>
public static class Conditions
{
    /// <summary>Sets the condition of <paramref name="desired"/>'s type; returns false when it was already so.</summary>
    public static bool Set(IList<V1Condition> conditions, V1Condition desired, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(conditions);
        ArgumentNullException.ThrowIfNull(desired);
        var existing = Find(conditions, desired.Type);
        if (existing is null)
        {
            desired.LastTransitionTime = now.UtcDateTime;
            conditions.Add(desired);
            return true;
        }

        if (existing.Status == desired.Status && existing.Reason == desired.Reason && existing.Message == desired.Message
            && existing.ObservedGeneration == desired.ObservedGeneration)
        {
            return false;
        }

        if (existing.Status != desired.Status)
        {
            existing.LastTransitionTime = now.UtcDateTime;
        }

        existing.Status = desired.Status;
        existing.Reason = desired.Reason;
        existing.Message = desired.Message;
        existing.ObservedGeneration = desired.ObservedGeneration;
        return true;
    }

    /// <summary>Removes the condition of that type; returns whether there was one.</summary>
    public static bool Remove(IList<V1Condition> conditions, string type)
    {
        ArgumentNullException.ThrowIfNull(conditions);
        return Find(conditions, type) is { } existing && conditions.Remove(existing);
    }

    public static V1Condition? Find(IEnumerable<V1Condition> conditions, string type) =>
        conditions.FirstOrDefault(c => string.Equals(c.Type, type, StringComparison.Ordinal));

    public static bool IsTrue(IEnumerable<V1Condition> conditions, string type) => Find(conditions, type)?.Status == "True";
}
