using k8s.Models;

namespace Ferry.Runtime.Status;

/// <summary>
/// Status-condition helpers with the Kubernetes conventions: one condition per type, and lastTransitionTime moves
/// only when the status flips. They return whether anything changed, so callers write status only then.
/// </summary>
public static class Conditions
{
    private static readonly ConditionFields<V1Condition> V1Fields = new(
        c => c.Type,
        c => c.Status,
        (a, b) => a.Reason == b.Reason && a.Message == b.Message && a.ObservedGeneration == b.ObservedGeneration,
        (target, source) =>
        {
            target.Status = source.Status;
            target.Reason = source.Reason;
            target.Message = source.Message;
            target.ObservedGeneration = source.ObservedGeneration;
        },
        (c, now) => c.LastTransitionTime = now.UtcDateTime);

    /// <summary>Sets the condition of <paramref name="desired"/>'s type; returns false when it was already so.</summary>
    public static bool Set(IList<V1Condition> conditions, V1Condition desired, DateTimeOffset now) => Set(conditions, desired, now, V1Fields);

    /// <summary>The same for any condition shape, described by <paramref name="fields"/>.</summary>
    public static bool Set<T>(IList<T> conditions, T desired, DateTimeOffset now, ConditionFields<T> fields)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(conditions);
        ArgumentNullException.ThrowIfNull(desired);
        ArgumentNullException.ThrowIfNull(fields);
        var type = fields.Type(desired);
        var existing = conditions.FirstOrDefault(c => string.Equals(fields.Type(c), type, StringComparison.Ordinal));
        if (existing is null)
        {
            fields.SetTransitionTime(desired, now);
            conditions.Add(desired);
            return true;
        }

        var flips = fields.Status(existing) != fields.Status(desired);
        if (!flips && fields.SameDetails(existing, desired))
        {
            return false;
        }

        fields.CopyStatusAndDetails(existing, desired);
        if (flips)
        {
            fields.SetTransitionTime(existing, now);
        }

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
