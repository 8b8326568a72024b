namespace Ferry.Testing.Backends.Azure;

/// <summary>What the vault handlers need to know about the running fake.</summary>
internal sealed class AzureFakeVaultContext(TimeProvider time, int pageSize, bool softDelete)
{
    public TimeProvider Time { get; } = time;

    public int PageSize { get; } = pageSize;

    public bool SoftDelete { get; } = softDelete;

    /// <summary>Set once the port is known: https://127.0.0.1:PORT/.</summary>
    public Uri VaultUri { get; set; } = new("https://127.0.0.1/");
}
