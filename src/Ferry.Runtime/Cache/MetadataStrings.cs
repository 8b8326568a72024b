using k8s;
using k8s.Models;

namespace Ferry.Runtime.Cache;

/// <summary>
/// Makes the cached objects of one informer share the strings that repeat from object to object (apiVersion, kind,
/// namespace, label keys and values, annotation keys, finalizers, owner kinds, field managers), and sizes their
/// label and annotation maps to what they hold. At 10,000 ExternalSecrets and their Secrets each of these strings
/// was otherwise held 10,000 times over. Used on the informer's loop only (not thread-safe).
/// </summary>
internal sealed class MetadataStrings
{
    // Distinct strings kept; past this the rest are left as they came (a cluster with that many distinct label
    // values gains little from sharing them, and the pool must not grow with churn).
    private const int Capacity = 8192;

    // Longer values are rarely repeated (hashes, JSON), so they are not worth a lookup.
    private const int MaxLength = 256;

    private readonly Dictionary<string, string> _pool = new(StringComparer.Ordinal);

    public void Share(object value)
    {
        if (value is IKubernetesObject typed)
        {
            typed.ApiVersion = Shared(typed.ApiVersion);
            typed.Kind = Shared(typed.Kind);
        }

        if (value is not IMetadata<V1ObjectMeta> { Metadata: { } metadata })
        {
            return;
        }

        metadata.NamespaceProperty = Shared(metadata.NamespaceProperty);
        metadata.Labels = SharedMap(metadata.Labels, values: true);
        metadata.Annotations = SharedMap(metadata.Annotations, values: false);
        if (metadata.Finalizers is { Count: > 0 } finalizers)
        {
            for (var i = 0; i < finalizers.Count; i++)
            {
                finalizers[i] = Shared(finalizers[i]);
            }
        }

        foreach (var owner in metadata.OwnerReferences ?? [])
        {
            owner.ApiVersion = Shared(owner.ApiVersion);
            owner.Kind = Shared(owner.Kind);
        }

        foreach (var entry in metadata.ManagedFields ?? [])
        {
            entry.Manager = Shared(entry.Manager);
            entry.Operation = Shared(entry.Operation);
            entry.ApiVersion = Shared(entry.ApiVersion);
            entry.FieldsType = Shared(entry.FieldsType);
            entry.Subresource = Shared(entry.Subresource);
        }
    }

    private Dictionary<string, string>? SharedMap(IDictionary<string, string>? map, bool values)
    {
        if (map is null)
        {
            return null;
        }

        var shared = new Dictionary<string, string>(map.Count);
        foreach (var (key, value) in map)
        {
            shared[Shared(key)!] = values ? Shared(value)! : value;
        }

        return shared;
    }

    private string? Shared(string? value)
    {
        if (value is null || value.Length > MaxLength)
        {
            return value;
        }

        if (_pool.TryGetValue(value, out var shared))
        {
            return shared;
        }

        if (_pool.Count < Capacity)
        {
            _pool[value] = value;
        }

        return value;
    }
}
