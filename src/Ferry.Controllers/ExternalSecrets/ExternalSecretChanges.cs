using Ferry.Api.V1;
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
            || !(before.Finalizers ?? []).SequenceEqual(after.Finalizers ?? [], StringComparer.Ordinal);
    }

    private static bool SameMap(IDictionary<string, string>? a, IDictionary<string, string>? b)
    {
        a ??= new Dictionary<string, string>();
        b ??= new Dictionary<string, string>();
        return a.Count == b.Count && a.All(e => b.TryGetValue(e.Key, out var v) && string.Equals(v, e.Value, StringComparison.Ordinal));
    }
}
