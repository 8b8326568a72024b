namespace Ferry.Templating.Values;

/// <summary>A Go <c>int64</c>, kept apart from <c>int</c> (a C# long) because Go's type rules tell them apart.</summary>
public readonly record struct GoInt64(long Value);
