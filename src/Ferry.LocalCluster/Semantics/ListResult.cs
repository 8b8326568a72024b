using Ferry.LocalCluster.Storage;

namespace Ferry.LocalCluster.Semantics;

/// <summary>One page of a list: the objects, the list's resourceVersion and the continuation.</summary>
internal sealed record ListResult(IReadOnlyList<StoredObject> Items, long ResourceVersion, string? Continue, long? RemainingItemCount);
