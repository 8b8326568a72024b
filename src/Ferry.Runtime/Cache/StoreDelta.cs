namespace Ferry.Runtime.Cache;

/// <summary>What a relist changed in the store.</summary>
internal sealed record StoreDelta<T>(IReadOnlyList<T> Added, IReadOnlyList<(T Old, T New)> Updated, IReadOnlyList<T> Deleted);
