namespace Ferry.Providers.Pooling;

/// <summary>One pooled client and its bookkeeping; guarded by the pool's lock except for the creation task.</summary>
internal sealed class PooledClientEntry(StoreClientKey key, DateTimeOffset createdAt)
{
    public StoreClientKey Key { get; } = key;

    public DateTimeOffset CreatedAt { get; } = createdAt;

    public TaskCompletionSource<ISecretsClient> Creation { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public DateTimeOffset LastUsed { get; set; } = createdAt;

    public int Leases { get; set; }

    public bool Retired { get; set; }

    public bool Disposed { get; set; }

    /// <summary>Still good to hand out: built successfully (or still building), young enough, and not about to expire.</summary>
    public bool IsUsable(DateTimeOffset now, SecretsClientPoolOptions options)
    {
        var creation = Creation.Task;
        if (creation.IsFaulted || creation.IsCanceled)
        {
            return false;
        }

        if (now - CreatedAt >= options.MaxClientAge)
        {
            return false;
        }

        return !creation.IsCompletedSuccessfully
            || creation.Result is not IExpiringSecretsClient { ExpiresAt: { } expiresAt }
            || now < expiresAt - options.RefreshMargin;
    }

    public async ValueTask DisposeClientAsync()
    {
        if (!Creation.Task.IsCompletedSuccessfully)
        {
            return;
        }

        try
        {
            await Creation.Task.Result.DisposeAsync();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A stale session that fails to close is already out of the pool; nothing else depends on it.
        }
    }
}
