namespace Ferry.Testing.Backends.Gcp;

public sealed class GcpSecretManagerFakeOptions
{
    public TimeProvider Time { get; init; } = TimeProvider.System;

    public TimeSpan TokenLifetime { get; init; } = TimeSpan.FromHours(1);

    /// <summary>The largest page a list returns, whatever pageSize asks; small values exercise paging.</summary>
    public int PageSize { get; init; } = 100;
}
