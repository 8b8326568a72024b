namespace Ferry.Providers.Vault.Auth;

/// <summary>
/// A Vault token and its lease as Vault reported it. A zero lease never expires (a root token). The value is kept
/// out of <see cref="ToString"/>: a token is a credential.
/// </summary>
internal sealed record VaultToken(string Value, DateTimeOffset ObtainedAt, TimeSpan Lease, bool Renewable)
{
    public DateTimeOffset? ExpiresAt => Lease > TimeSpan.Zero ? ObtainedAt + Lease : null;

    /// <summary>Renewal starts once two thirds of the lease are gone, as Vault's own lifetime watcher does.</summary>
    public bool IsDueForRenewal(DateTimeOffset now) => Lease > TimeSpan.Zero && now >= ObtainedAt + (Lease * 2 / 3);

    public bool IsExpired(DateTimeOffset now) => ExpiresAt is { } expiresAt && now >= expiresAt;

    public override string ToString() => $"VaultToken(lease {Lease}, renewable {Renewable})";
}
