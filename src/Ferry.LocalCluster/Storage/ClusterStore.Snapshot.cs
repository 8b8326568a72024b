namespace Ferry.LocalCluster.Storage;

/// <summary>Reading a table as it was at an earlier resourceVersion, for list pages after the first.</summary>
internal sealed partial class ClusterStore
{
    /// <summary>
    /// Objects in key order, strictly after the given position, as they stood at <paramref name="revision"/>: the
    /// current table with every key changed since then replaced by its state before the first later change (the
    /// history holds it). The caller has checked that the history still reaches back to the revision.
    /// </summary>
    public IEnumerable<StoredObject> ScanAt(string groupResource, string ns, string? afterNamespace, string? afterName, long revision)
    {
        var current = Table(groupResource).Scan(ns, afterNamespace, afterName);
        if (revision >= Revision)
        {
            return current;
        }

        var before = new SortedDictionary<(string Namespace, string Name), StoredObject?>(KeyOrder.Instance);
        foreach (var change in _history)
        {
            if (change.ResourceVersion <= revision || !string.Equals(change.GroupResource, groupResource, StringComparison.Ordinal))
            {
                continue;
            }

            var key = (change.Object.Namespace, change.Object.Name);
            if ((ns.Length > 0 && !string.Equals(key.Namespace, ns, StringComparison.Ordinal)) || !After(key, afterNamespace, afterName))
            {
                continue;
            }

            before.TryAdd(key, change.Previous);
        }

        return before.Count == 0 ? current : Merge(current, before);
    }

    private static IEnumerable<StoredObject> Merge(IEnumerable<StoredObject> current, SortedDictionary<(string Namespace, string Name), StoredObject?> before)
    {
        using var changed = before.GetEnumerator();
        var hasChanged = changed.MoveNext();
        foreach (var stored in current)
        {
            var key = (stored.Namespace, stored.Name);
            while (hasChanged && KeyOrder.Instance.Compare(changed.Current.Key, key) < 0)
            {
                if (changed.Current.Value is { } earlier)
                {
                    yield return earlier;
                }

                hasChanged = changed.MoveNext();
            }

            if (hasChanged && KeyOrder.Instance.Compare(changed.Current.Key, key) == 0)
            {
                if (changed.Current.Value is { } earlier)
                {
                    yield return earlier;
                }

                hasChanged = changed.MoveNext();
                continue;
            }

            yield return stored;
        }

        while (hasChanged)
        {
            if (changed.Current.Value is { } earlier)
            {
                yield return earlier;
            }

            hasChanged = changed.MoveNext();
        }
    }

    private static bool After((string Namespace, string Name) key, string? afterNamespace, string? afterName)
    {
        if (afterNamespace is null)
        {
            return true;
        }

        var order = string.CompareOrdinal(key.Namespace, afterNamespace);
        return order > 0 || (order == 0 && (afterName is null || string.CompareOrdinal(key.Name, afterName) > 0));
    }

    /// <summary>The table's order: namespace, then name, both ordinal.</summary>
    private sealed class KeyOrder : IComparer<(string Namespace, string Name)>
    {
        public static KeyOrder Instance { get; } = new();

        public int Compare((string Namespace, string Name) x, (string Namespace, string Name) y)
        {
            var order = string.CompareOrdinal(x.Namespace, y.Namespace);
            return order != 0 ? order : string.CompareOrdinal(x.Name, y.Name);
        }
    }
}
