namespace Ferry.Testing.Backends.Vault;

/// <summary>A token the fake issued; mutable lease fields are guarded by the server's lock.</summary>
internal sealed class VaultFakeToken
{
    public required string Id { get; init; }

    public required string Accessor { get; init; }

    public required string Namespace { get; init; }

    public required string Path { get; init; }

    public required DateTimeOffset IssuedAt { get; init; }

    public required VaultFakeTokenSettings Settings { get; init; }

    public IReadOnlyDictionary<string, string> Metadata { get; init; } = new Dictionary<string, string>();

    /// <summary>Null for a token without expiry (root).</summary>
    public DateTimeOffset? ExpiresAt { get; set; }

    public DateTimeOffset? MaxExpiresAt { get; init; }

    public TimeSpan CreationTtl { get; init; }

    public bool Revoked { get; set; }

    public bool IsValid(DateTimeOffset now) => !Revoked && (ExpiresAt is not { } expires || now < expires);

    public bool CanAccess(string ns, string path) =>
        (Namespace.Length == 0 || ns == Namespace || ns.StartsWith(Namespace + "/", StringComparison.Ordinal))
        && (Settings.AllowedPaths is not { } allowed || allowed.Any(p => path.StartsWith(p, StringComparison.Ordinal)));
}
