namespace Ferry.Providers.Pooling;

public sealed record SecretsClientPoolOptions
{
    /// <summary>A client is rebuilt after this long even if nothing changed, bounding the life of any session.</summary>
    public TimeSpan MaxClientAge { get; init; } = TimeSpan.FromHours(1);

    /// <summary>A client nobody has used for this long is closed by the next sweep.</summary>
    public TimeSpan IdleTimeout { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>A client is replaced this long before its credentials expire, so no call races the expiry.</summary>
    public TimeSpan RefreshMargin { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How often the pool sweeps stale clients on its own; zero leaves sweeping to the caller.</summary>
    public TimeSpan SweepInterval { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Identical reads through one pooled client (one store, one consuming namespace) within this window reach the
    /// backend once (<see cref="CoalescingSecretsClient"/>); zero turns coalescing off.
    /// </summary>
    public TimeSpan ReadCoalescingWindow { get; init; } = TimeSpan.FromSeconds(5);
}
