namespace Ferry.Providers.Pooling;

/// <summary>
/// Authenticated provider clients shared across reconciles: one per (store, consuming namespace) at the current
/// credentials version, each behind a <see cref="CoalescingSecretsClient"/> unless
/// <see cref="SecretsClientPoolOptions.ReadCoalescingWindow"/> is zero. A client is replaced when the credentials version changes, when it reaches
/// <see cref="SecretsClientPoolOptions.MaxClientAge"/>, or shortly before its credentials expire, and is closed
/// once no lease holds it. Concurrent acquirers of a missing client wait for one creation. Time comes from
/// <see cref="TimeProvider"/>, so tests move it.
/// </summary>
public sealed class SecretsClientPool : IAsyncDisposable
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(StoreIdentity Store, string? Namespace), PooledClientEntry> _slots = [];
    private readonly TimeProvider _time;
    private readonly SecretsClientPoolOptions _options;
    private readonly ITimer? _sweeper;
    private bool _disposed;

    public SecretsClientPool(TimeProvider time, SecretsClientPoolOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(time);
        _time = time;
        _options = options ?? new SecretsClientPoolOptions();
        if (_options.SweepInterval > TimeSpan.Zero)
        {
            _sweeper = time.CreateTimer(_ => _ = SweepAsync().AsTask(), null, _options.SweepInterval, _options.SweepInterval);
        }
    }

    /// <summary>Clients currently in the pool (built or being built), not counting retired ones still leased.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _slots.Count;
            }
        }
    }

    /// <summary>
    /// Borrows the client for <paramref name="key"/>, building it with <paramref name="factory"/> when the pool has
    /// none that is current. A failed build is not cached: the next acquire tries again.
    /// </summary>
    public async ValueTask<SecretsClientLease> AcquireAsync(
        StoreClientKey key,
        Func<CancellationToken, ValueTask<ISecretsClient>> factory,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var stale = new List<PooledClientEntry>();
        PooledClientEntry entry;
        bool mustCreate;
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var now = _time.GetUtcNow();
            var slot = (key.Store, key.ConsumerNamespace);
            if (_slots.TryGetValue(slot, out var existing)
                && existing.Key.Credentials == key.Credentials
                && existing.IsUsable(now, _options))
            {
                entry = existing;
                mustCreate = false;
            }
            else
            {
                if (existing is not null)
                {
                    Retire(existing, stale);
                }

                entry = new PooledClientEntry(key, now);
                _slots[slot] = entry;
                mustCreate = true;
            }

            entry.Leases++;
            entry.LastUsed = now;
        }

        await DisposeAllAsync(stale);
        if (mustCreate)
        {
            await CreateAsync(entry, factory, cancellationToken);
        }

        try
        {
            var client = await entry.Creation.Task.WaitAsync(cancellationToken);
            return new SecretsClientLease(this, entry, client);
        }
        catch
        {
            await ForgetFailedAsync(entry);
            throw;
        }
    }

    /// <summary>Closes every client of a store (deleted, or its spec changed); leased ones close on release.</summary>
    public async ValueTask RetireStoreAsync(StoreIdentity store)
    {
        var stale = new List<PooledClientEntry>();
        lock (_gate)
        {
            foreach (var entry in _slots.Values.Where(e => e.Key.Store == store).ToList())
            {
                Retire(entry, stale);
            }
        }

        await DisposeAllAsync(stale);
    }

    /// <summary>Retires clients that are too old, about to expire or idle; returns how many were closed now.</summary>
    public async ValueTask<int> SweepAsync()
    {
        var stale = new List<PooledClientEntry>();
        lock (_gate)
        {
            if (_disposed)
            {
                return 0;
            }

            var now = _time.GetUtcNow();
            foreach (var entry in _slots.Values.ToList())
            {
                var idle = entry.Leases == 0 && now - entry.LastUsed >= _options.IdleTimeout;
                if (idle || !entry.IsUsable(now, _options))
                {
                    Retire(entry, stale);
                }
            }
        }

        await DisposeAllAsync(stale);
        return stale.Count;
    }

    public async ValueTask DisposeAsync()
    {
        var stale = new List<PooledClientEntry>();
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            foreach (var entry in _slots.Values.ToList())
            {
                Retire(entry, stale);
            }
        }

        if (_sweeper is not null)
        {
            await _sweeper.DisposeAsync();
        }

        await DisposeAllAsync(stale);
    }

    internal async ValueTask ReleaseAsync(PooledClientEntry entry)
    {
        bool dispose;
        lock (_gate)
        {
            entry.Leases--;
            dispose = entry.Retired && entry.Leases == 0 && !entry.Disposed;
            entry.Disposed |= dispose;
        }

        if (dispose)
        {
            await entry.DisposeClientAsync();
        }
    }

    private async Task CreateAsync(
        PooledClientEntry entry, Func<CancellationToken, ValueTask<ISecretsClient>> factory, CancellationToken cancellationToken)
    {
        try
        {
            var client = await factory(cancellationToken);
            entry.Creation.TrySetResult(_options.ReadCoalescingWindow > TimeSpan.Zero
                ? new CoalescingSecretsClient(client, _time, _options.ReadCoalescingWindow)
                : client);
        }
        catch (OperationCanceledException ex)
        {
            entry.Creation.TrySetCanceled(ex.CancellationToken);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            entry.Creation.TrySetException(ex);
        }
    }

    // A build that failed, or a wait that was cancelled: drop the lease, and drop the entry if its build failed.
    private async ValueTask ForgetFailedAsync(PooledClientEntry entry)
    {
        if (entry.Creation.Task.IsFaulted || entry.Creation.Task.IsCanceled)
        {
            lock (_gate)
            {
                var slot = (entry.Key.Store, entry.Key.ConsumerNamespace);
                if (_slots.TryGetValue(slot, out var current) && current == entry)
                {
                    _slots.Remove(slot);
                    entry.Retired = true;
                }
            }
        }

        await ReleaseAsync(entry);
    }

    // Caller holds the lock. The entry leaves the pool now; its client is closed now if unleased, else on release.
    private void Retire(PooledClientEntry entry, List<PooledClientEntry> disposeNow)
    {
        var slot = (entry.Key.Store, entry.Key.ConsumerNamespace);
        if (_slots.TryGetValue(slot, out var current) && current == entry)
        {
            _slots.Remove(slot);
        }

        entry.Retired = true;
        if (entry.Leases == 0 && !entry.Disposed)
        {
            entry.Disposed = true;
            disposeNow.Add(entry);
        }
    }

    private static async ValueTask DisposeAllAsync(List<PooledClientEntry> entries)
    {
        foreach (var entry in entries)
        {
            await entry.DisposeClientAsync();
        }
    }
}
