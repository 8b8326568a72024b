namespace Ferry.Testing.Backends.Vault;

/// <summary>One request the fake served: method, path after /v1/ (without the query) and the namespace header.</summary>
public sealed record VaultFakeRequest(string Method, string Path, string? Namespace, int Status);
