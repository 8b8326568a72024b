namespace Ferry.Schemas.Cel;

/// <summary>
/// A CEL list value. Lists from x-kubernetes-list-type set or map fields keep their list type: their equality ignores
/// order and their concatenation is a union (set) or a merge by key (map), as Kubernetes defines.
/// </summary>
internal sealed class CelList(IReadOnlyList<object> items)
{
    public IReadOnlyList<object> Items { get; } = items;

    /// <summary>"set", "map", or null for atomic lists and list literals.</summary>
    public string? ListType { get; init; }

    public IReadOnlyList<string> MapKeys { get; init; } = [];

    public bool IsUnordered => ListType is "set" or "map";
}
