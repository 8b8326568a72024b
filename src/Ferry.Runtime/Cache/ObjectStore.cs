using k8s.Models;

namespace Ferry.Runtime.Cache;

/// <summary>
/// The informer's read cache: objects by key, a namespace index, and named indexers (for example "the
/// ExternalSecrets that target Secret x"). Cached objects are shared: readers must not mutate them.
/// </summary>
public sealed class ObjectStore<T>
    where T : class, IMetadata<V1ObjectMeta>
{
    private readonly Lock _gate = new();
    private readonly Dictionary<ObjectKey, T> _objects = [];
    private readonly Dictionary<string, Func<T, IEnumerable<string>>> _indexers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, HashSet<ObjectKey>>> _indexes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<ObjectKey>> _byNamespace = new(StringComparer.Ordinal);

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _objects.Count;
            }
        }
    }

    /// <summary>Adds a named index; objects already cached are indexed at once.</summary>
    public void AddIndexer(string name, Func<T, IEnumerable<string>> indexer)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(indexer);
        lock (_gate)
        {
            if (!_indexers.TryAdd(name, indexer))
            {
                throw new InvalidOperationException($"An indexer named '{name}' exists already.");
            }

            _indexes[name] = new Dictionary<string, HashSet<ObjectKey>>(StringComparer.Ordinal);
            foreach (var (key, value) in _objects)
            {
                IndexLocked(name, indexer, key, value);
            }
        }
    }

    public T? Get(ObjectKey key)
    {
        lock (_gate)
        {
            return _objects.GetValueOrDefault(key);
        }
    }

    public T? Get(string? ns, string name) => Get(new ObjectKey(ns, name));

    /// <summary>A snapshot of every cached object.</summary>
    public IReadOnlyList<T> List()
    {
        lock (_gate)
        {
            return [.. _objects.Values];
        }
    }

    /// <summary>A snapshot of the objects in one namespace.</summary>
    public IReadOnlyList<T> List(string ns)
    {
        lock (_gate)
        {
            return _byNamespace.TryGetValue(ns, out var keys) ? [.. keys.Select(k => _objects[k])] : [];
        }
    }

    /// <summary>The objects whose indexer produced <paramref name="value"/>.</summary>
    public IReadOnlyList<T> ByIndex(string indexName, string value)
    {
        lock (_gate)
        {
            if (!_indexes.TryGetValue(indexName, out var index))
            {
                throw new InvalidOperationException($"There is no indexer named '{indexName}'.");
            }

            return index.TryGetValue(value, out var keys) ? [.. keys.Select(k => _objects[k])] : [];
        }
    }

    public IReadOnlyList<ObjectKey> Keys()
    {
        lock (_gate)
        {
            return [.. _objects.Keys];
        }
    }

    /// <summary>Stores the object and returns the one it replaced, if any.</summary>
    internal T? Upsert(T value)
    {
        var key = ObjectKey.Of(value);
        lock (_gate)
        {
            var old = RemoveLocked(key);
            AddLocked(key, value);
            return old;
        }
    }

    internal T? Remove(ObjectKey key)
    {
        lock (_gate)
        {
            return RemoveLocked(key);
        }
    }

    /// <summary>Swaps in a full list and reports what changed against the previous contents.</summary>
    internal StoreDelta<T> Replace(IEnumerable<T> values)
    {
        lock (_gate)
        {
            var added = new List<T>();
            var updated = new List<(T Old, T New)>();
            var seen = new HashSet<ObjectKey>();
            foreach (var value in values)
            {
                var key = ObjectKey.Of(value);
                seen.Add(key);
                var old = RemoveLocked(key);
                AddLocked(key, value);
                if (old is null)
                {
                    added.Add(value);
                }
                else if (old.Metadata.ResourceVersion != value.Metadata.ResourceVersion)
                {
                    updated.Add((old, value));
                }
            }

            var deleted = new List<T>();
            foreach (var key in _objects.Keys.Where(k => !seen.Contains(k)).ToList())
            {
                deleted.Add(RemoveLocked(key)!);
            }

            return new StoreDelta<T>(added, updated, deleted);
        }
    }

    private void AddLocked(ObjectKey key, T value)
    {
        _objects[key] = value;
        if (key.Namespace is { } ns)
        {
            if (!_byNamespace.TryGetValue(ns, out var keys))
            {
                _byNamespace[ns] = keys = [];
            }

            keys.Add(key);
        }

        foreach (var (name, indexer) in _indexers)
        {
            IndexLocked(name, indexer, key, value);
        }
    }

    private T? RemoveLocked(ObjectKey key)
    {
        if (!_objects.Remove(key, out var old))
        {
            return null;
        }

        if (key.Namespace is { } ns && _byNamespace.TryGetValue(ns, out var keys))
        {
            keys.Remove(key);
            if (keys.Count == 0)
            {
                _byNamespace.Remove(ns);
            }
        }

        foreach (var (name, indexer) in _indexers)
        {
            var index = _indexes[name];
            foreach (var value in indexer(old).Distinct(StringComparer.Ordinal))
            {
                if (index.TryGetValue(value, out var set))
                {
                    set.Remove(key);
                    if (set.Count == 0)
                    {
                        index.Remove(value);
                    }
                }
            }
        }

        return old;
    }

    private void IndexLocked(string name, Func<T, IEnumerable<string>> indexer, ObjectKey key, T value)
    {
        var index = _indexes[name];
        foreach (var indexValue in indexer(value))
        {
            if (!index.TryGetValue(indexValue, out var set))
            {
                index[indexValue] = set = [];
            }

            set.Add(key);
        }
    }
}
