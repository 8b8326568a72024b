namespace Ferry.Runtime.Client;

/// <summary>One page of a list: the items, the version to watch from, and the token for the next page.</summary>
public sealed record ResourceList<T>(IReadOnlyList<T> Items, string ResourceVersion, string? Continue);
