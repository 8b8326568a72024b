using Ferry.Api.V1;
using Ferry.Api.WellKnown;
using Ferry.Runtime.Cache;

namespace Ferry.Controllers.ExternalSecrets;

/// <summary>ESO's update predicate for ExternalSecrets: ignore status-only updates.</summary>
internal static class ExternalSecretChanges
{
    public static bool ShouldEnqueue(InformerEvent<ExternalSecret> change)
    {
        if (change.Type != InformerEventType.Updated || change.Old is not { } old)
        {
            return true;
        }

        var before = old.Metadata;
        var after = change.Object.Metadata;
        return before.Generation != after.Generation
            || before.DeletionTimestamp != after.DeletionTimestamp
            || !SameMap(before.Labels, after.Labels)
            || !SameMap(before.Annotations, after.Annotations)
            || FinalizersChanged(before.Finalizers, after.Finalizers);
    }

    /// <summary>
    /// Any change of the list counts except Ferry's own finalizer being appended: the reconcile that adds it goes on
    /// to sync, and reconciling again for it only repeats the work (one extra reconcile per new ExternalSecret).
    /// </summary>
    private static bool FinalizersChanged(IList<string>? before, IList<string>? after)
    {
        before ??= [];
        after ??= [];
        if (before.SequenceEqual(after, StringComparer.Ordinal))
        {
            return false;
        }

        var ownAdded = after.Count == before.Count + 1
            && after[^1] == Finalizers.ExternalSecret
            && !before.Contains(Finalizers.ExternalSecret)
            && before.SequenceEqual(after.Take(before.Count), StringComparer.Ordinal);
        return !ownAdded;
    }

    private static bool SameMap(IDictionary<string, string>? a, IDictionary<string, string>? b)
    {
        a ??= new Dictionary<string, string>();
        b ??= new Dictionary<string, string>();
        return a.Count == b.Count && a.All(e => b.TryGetValue(e.Key, out var v) && string.Equals(v, e.Value, StringComparison.Ordinal));
    }
}
