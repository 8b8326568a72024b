namespace Ferry.Testing.Backends.Vault;

/// <summary>An injected failure for the next matching requests: an error status (with Retry-After) or a hang.</summary>
internal sealed class VaultFakeFault
{
    public required int Status { get; init; }

    public TimeSpan? RetryAfter { get; init; }

    public bool Hang { get; init; }

    public string? PathPrefix { get; init; }

    public string? Method { get; init; }

    public int Remaining { get; set; }

    public bool Matches(string method, string path) =>
        (PathPrefix is null || path.StartsWith(PathPrefix, StringComparison.Ordinal)) && (Method is null || Method == method);
}
