namespace Ferry.LocalCluster.Semantics;

/// <summary>How patches and server-side apply treat one list field (x-kubernetes-list-type and patchStrategy).</summary>
internal sealed record ListType(ListKind Kind, IReadOnlyList<string> Keys)
{
    public static ListType Atomic { get; } = new(ListKind.Atomic, []);

    public static ListType Set { get; } = new(ListKind.Set, []);

    public static ListType MapBy(params string[] keys) => new(ListKind.Map, keys);
}
