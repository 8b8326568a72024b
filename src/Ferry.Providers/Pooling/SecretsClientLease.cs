namespace Ferry.Providers.Pooling;

/// <summary>
/// A borrowed pooled client. Dispose the lease, never the client: the pool closes the client once it is stale and
/// no lease holds it, so a reconcile never sees its session closed under it.
/// </summary>
public sealed class SecretsClientLease : IAsyncDisposable
{
    private readonly SecretsClientPool _pool;
    private readonly PooledClientEntry _entry;
    private int _released;

    internal SecretsClientLease(SecretsClientPool pool, PooledClientEntry entry, ISecretsClient client)
    {
        _pool = pool;
        _entry = entry;
        Client = client;
    }

    public ISecretsClient Client { get; }

    public ValueTask DisposeAsync() =>
        Interlocked.Exchange(ref _released, 1) == 0 ? _pool.ReleaseAsync(_entry) : ValueTask.CompletedTask;
}
