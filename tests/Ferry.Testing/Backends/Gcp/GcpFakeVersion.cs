namespace Ferry.Testing.Backends.Gcp;

/// <summary>One version of a fake secret: its number, payload bytes and state.</summary>
public sealed class GcpFakeVersion(long number, byte[] data, DateTimeOffset created)
{
    public long Number { get; } = number;

    public byte[] Data { get; } = data;

    public DateTimeOffset Created { get; } = created;

    public GcpFakeVersionState State { get; set; } = GcpFakeVersionState.Enabled;
}
