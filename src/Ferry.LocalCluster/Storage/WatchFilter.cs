namespace Ferry.LocalCluster.Storage;

/// <summary>Which objects a watch or list sees: a namespace (empty for all) and a predicate for selectors.</summary>
internal sealed record WatchFilter(string Namespace, Func<StoredObject, bool> Matches)
{
    public bool Accepts(StoredObject stored) =>
        (Namespace.Length == 0 || string.Equals(stored.Namespace, Namespace, StringComparison.Ordinal)) && Matches(stored);
}
