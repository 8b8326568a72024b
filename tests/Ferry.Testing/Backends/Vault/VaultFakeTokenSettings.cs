namespace Ferry.Testing.Backends.Vault;

/// <summary>The tokens a role issues: lease, ceiling for renewals, and the path prefixes they may touch (null: all).</summary>
public sealed record VaultFakeTokenSettings
{
    public TimeSpan Ttl { get; init; } = TimeSpan.FromHours(1);

    public TimeSpan MaxTtl { get; init; } = TimeSpan.FromHours(24);

    public bool Renewable { get; init; } = true;

    public IReadOnlyList<string>? AllowedPaths { get; init; }

    public IReadOnlyList<string> Policies { get; init; } = ["default"];
}
