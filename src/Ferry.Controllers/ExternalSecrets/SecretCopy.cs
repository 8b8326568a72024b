using k8s.Models;

namespace Ferry.Controllers.ExternalSecrets;

/// <summary>
/// Copies of Secrets from the shared cache, deep enough to change metadata maps, lists and the data map without
/// touching the cached object (byte arrays are shared: nothing writes into them), and comparisons that say whether
/// a write would change anything.
/// </summary>
internal static class SecretCopy
{
    public static V1Secret Of(V1Secret source)
    {
        var metadata = source.Metadata;
        return new V1Secret
        {
            ApiVersion = source.ApiVersion ?? "v1",
            Kind = source.Kind ?? "Secret",
            Type = source.Type,
            Immutable = source.Immutable,
            Data = source.Data is null ? null : new Dictionary<string, byte[]>(source.Data, StringComparer.Ordinal),
            Metadata = new V1ObjectMeta
            {
                Name = metadata.Name,
                NamespaceProperty = metadata.NamespaceProperty,
                Uid = metadata.Uid,
                ResourceVersion = metadata.ResourceVersion,
                Generation = metadata.Generation,
                CreationTimestamp = metadata.CreationTimestamp,
                DeletionTimestamp = metadata.DeletionTimestamp,
                DeletionGracePeriodSeconds = metadata.DeletionGracePeriodSeconds,
                GenerateName = metadata.GenerateName,
                Labels = metadata.Labels is null ? null : new Dictionary<string, string>(metadata.Labels, StringComparer.Ordinal),
                Annotations = metadata.Annotations is null ? null : new Dictionary<string, string>(metadata.Annotations, StringComparer.Ordinal),
                Finalizers = metadata.Finalizers is null ? null : [.. metadata.Finalizers],
                OwnerReferences = metadata.OwnerReferences is null ? null : [.. metadata.OwnerReferences],
                ManagedFields = metadata.ManagedFields,
            },
        };
    }

    /// <summary>True when <paramref name="desired"/> differs from <paramref name="current"/> in anything ESO writes.</summary>
    public static bool Differs(V1Secret current, V1Secret desired) =>
        DataDiffers(current, desired)
        || (current.Type ?? "Opaque") != (desired.Type ?? "Opaque")
        || (current.Immutable ?? false) != (desired.Immutable ?? false)
        || !SameMap(current.Metadata.Labels, desired.Metadata.Labels)
        || !SameMap(current.Metadata.Annotations, desired.Metadata.Annotations)
        || !(current.Metadata.Finalizers ?? []).SequenceEqual(desired.Metadata.Finalizers ?? [], StringComparer.Ordinal)
        || !SameOwners(current.Metadata.OwnerReferences, desired.Metadata.OwnerReferences);

    public static bool DataDiffers(V1Secret current, V1Secret desired)
    {
        var a = current.Data ?? new Dictionary<string, byte[]>();
        var b = desired.Data ?? new Dictionary<string, byte[]>();
        return a.Count != b.Count || a.Any(e => !b.TryGetValue(e.Key, out var other) || !e.Value.AsSpan().SequenceEqual(other));
    }

    private static bool SameMap(IDictionary<string, string>? a, IDictionary<string, string>? b)
    {
        a ??= new Dictionary<string, string>();
        b ??= new Dictionary<string, string>();
        return a.Count == b.Count && a.All(e => b.TryGetValue(e.Key, out var v) && string.Equals(v, e.Value, StringComparison.Ordinal));
    }

    private static bool SameOwners(IList<V1OwnerReference>? a, IList<V1OwnerReference>? b)
    {
        a ??= [];
        b ??= [];
        return a.Count == b.Count && a.Zip(b).All(p =>
            p.First.ApiVersion == p.Second.ApiVersion && p.First.Kind == p.Second.Kind && p.First.Name == p.Second.Name
            && p.First.Uid == p.Second.Uid && (p.First.Controller ?? false) == (p.Second.Controller ?? false)
            && (p.First.BlockOwnerDeletion ?? false) == (p.Second.BlockOwnerDeletion ?? false));
    }
}
