using Ferry.Runtime.Cache;
using k8s.Models;

namespace Ferry.Controllers.SecretStores;

/// <summary>
/// Which store changes enqueue a reconcile (ESO's predicate on the store controllers): creation, deletion, and a
/// change of generation, labels, annotations or deletion state. A status-only update (the reconciler's own write
/// echoing back) does not, or every status write would trigger another validation.
/// </summary>
internal static class StoreEvents
{
    public static bool ShouldReconcile<T>(InformerEvent<T> change)
        where T : class, IMetadata<V1ObjectMeta>
    {
        ArgumentNullException.ThrowIfNull(change);
        if (change.Type != InformerEventType.Updated || change.Old is null)
        {
            return true;
        }

        var (before, after) = (change.Old.Metadata, change.Object.Metadata);
        return before.Generation != after.Generation
            || before.Uid != after.Uid
            || (before.DeletionTimestamp is null) != (after.DeletionTimestamp is null)
            || !SameMap(before.Labels, after.Labels)
            || !SameMap(before.Annotations, after.Annotations);
    }

    private static bool SameMap(IDictionary<string, string>? a, IDictionary<string, string>? b)
    {
        if ((a?.Count ?? 0) != (b?.Count ?? 0))
        {
            return false;
        }

        return a is null || a.All(e => b!.TryGetValue(e.Key, out var v) && v == e.Value);
    }
}
