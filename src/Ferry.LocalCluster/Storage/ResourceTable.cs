namespace Ferry.LocalCluster.Storage;

/// <summary>The objects of one group/resource, ordered by namespace then name so paging is stable.</summary>
internal sealed class ResourceTable
{
    private readonly SortedDictionary<string, Bucket> _namespaces = new(StringComparer.Ordinal);

    public int Count { get; private set; }

    public StoredObject? Get(string ns, string name) =>
        _namespaces.TryGetValue(ns, out var bucket) && bucket.Objects.TryGetValue(name, out var stored) ? stored : null;

    public void Set(StoredObject stored)
    {
        if (!_namespaces.TryGetValue(stored.Namespace, out var bucket))
        {
            bucket = new Bucket();
            _namespaces.Add(stored.Namespace, bucket);
        }

        if (bucket.Names.Add(stored.Name))
        {
            Count++;
        }

        bucket.Objects[stored.Name] = stored;
    }

    public void Remove(StoredObject stored)
    {
        if (_namespaces.TryGetValue(stored.Namespace, out var bucket) && bucket.Names.Remove(stored.Name))
        {
            bucket.Objects.Remove(stored.Name);
            Count--;
            if (bucket.Names.Count == 0)
            {
                _namespaces.Remove(stored.Namespace);
            }
        }
    }

    public int CountIn(string ns) =>
        ns.Length == 0 ? Count : _namespaces.TryGetValue(ns, out var bucket) ? bucket.Names.Count : 0;

    /// <summary>Objects in order, in one namespace (or all when empty), strictly after the given position.</summary>
    public IEnumerable<StoredObject> Scan(string ns, string? afterNamespace, string? afterName)
    {
        if (ns.Length > 0)
        {
            return _namespaces.TryGetValue(ns, out var bucket) ? ScanBucket(bucket, afterName) : [];
        }

        return ScanAll(afterNamespace, afterName);
    }

    private IEnumerable<StoredObject> ScanAll(string? afterNamespace, string? afterName)
    {
        foreach (var (name, bucket) in _namespaces)
        {
            if (afterNamespace is not null)
            {
                var order = string.CompareOrdinal(name, afterNamespace);
                if (order < 0)
                {
                    continue;
                }

                if (order == 0)
                {
                    foreach (var stored in ScanBucket(bucket, afterName))
                    {
                        yield return stored;
                    }

                    continue;
                }
            }

            foreach (var stored in ScanBucket(bucket, null))
            {
                yield return stored;
            }
        }
    }

    private static IEnumerable<StoredObject> ScanBucket(Bucket bucket, string? afterName)
    {
        var names = afterName is null || bucket.Names.Count == 0
            ? bucket.Names
            : string.CompareOrdinal(afterName, bucket.Names.Max) >= 0
                ? []
                : bucket.Names.GetViewBetween(afterName, bucket.Names.Max!);
        foreach (var name in names)
        {
            if (afterName is not null && string.Equals(name, afterName, StringComparison.Ordinal))
            {
                continue;
            }

            yield return bucket.Objects[name];
        }
    }

    private sealed class Bucket
    {
        public SortedSet<string> Names { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, StoredObject> Objects { get; } = new(StringComparer.Ordinal);
    }
}
