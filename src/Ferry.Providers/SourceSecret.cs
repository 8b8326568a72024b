namespace Ferry.Providers;

/// <summary>A Secret as a credentials reader sees it: its data and the resourceVersion it was read at.</summary>
public sealed record SourceSecret(string ResourceVersion, IReadOnlyDictionary<string, SecretValue> Data);
