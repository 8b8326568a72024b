namespace Ferry.Testing.Backends.Vault;

public sealed record VaultFakeOptions
{
    /// <summary>The clock token leases and KV timestamps are measured on; tests move a FakeTimeProvider.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Serve HTTPS with a certificate from <see cref="VaultFakeServer.CaCertificatePem"/> and accept client certificates (cert auth).</summary>
    public bool UseTls { get; init; }

    /// <summary>The root token; generated when null.</summary>
    public string? RootToken { get; init; }
}
