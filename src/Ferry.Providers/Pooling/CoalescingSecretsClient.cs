using Ferry.Api.V1;
using Ferry.Api.V1Alpha1;

namespace Ferry.Providers.Pooling;

/// <summary>
/// Coalesces identical reads on one pooled client, which is one trust boundary (a store as seen from one consuming
/// namespace): concurrent identical reads share one backend call (single-flight), and a completed read answers
/// identical reads for <c>window</c> afterwards. Failures are never reused, and a push or delete through the client
/// forgets everything read so far. Writes, existence checks and validation always reach the backend.
/// </summary>
/// <remarks>
/// The shared call does not take any one caller's cancellation token, so a caller that gives up does not fail the
/// others; each caller stops waiting on its own token. Reused results are the same immutable values for every caller.
/// </remarks>
public sealed class CoalescingSecretsClient : ISecretsClient, IExpiringSecretsClient
{
    private readonly ISecretsClient _inner;
    private readonly TimeProvider _time;
    private readonly TimeSpan _window;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, CoalescedRead> _reads = new(StringComparer.Ordinal);
    private int _pruneAt = 64;

    public CoalescingSecretsClient(ISecretsClient inner, TimeProvider time, TimeSpan window)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentOutOfRangeException.ThrowIfLessThan(window, TimeSpan.Zero);
        _inner = inner;
        _time = time;
        _window = window;
    }

    /// <summary>The wrapped client (the provider's session).</summary>
    public ISecretsClient Inner => _inner;

    public DateTimeOffset? ExpiresAt => (_inner as IExpiringSecretsClient)?.ExpiresAt;

    public async ValueTask<SecretValue> GetSecretAsync(ExternalSecretDataRemoteRef remoteRef, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(remoteRef);
        return (SecretValue)await ReadAsync(
            ReadKey.ForSecret(remoteRef), async () => await _inner.GetSecretAsync(remoteRef, CancellationToken.None), cancellationToken);
    }

    public async ValueTask<IReadOnlyDictionary<string, SecretValue>> GetSecretMapAsync(
        ExternalSecretDataRemoteRef remoteRef, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(remoteRef);
        return (IReadOnlyDictionary<string, SecretValue>)await ReadAsync(
            ReadKey.ForMap(remoteRef), async () => await _inner.GetSecretMapAsync(remoteRef, CancellationToken.None), cancellationToken);
    }

    public async ValueTask<IReadOnlyDictionary<string, SecretValue>> GetAllSecretsAsync(
        ExternalSecretFind find, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(find);
        return (IReadOnlyDictionary<string, SecretValue>)await ReadAsync(
            ReadKey.ForFind(find), async () => await _inner.GetAllSecretsAsync(find, CancellationToken.None), cancellationToken);
    }

    public async ValueTask PushSecretAsync(PushSecretRequest request, CancellationToken cancellationToken)
    {
        try
        {
            await _inner.PushSecretAsync(request, cancellationToken);
        }
        finally
        {
            Forget();
        }
    }

    public async ValueTask DeleteSecretAsync(PushSecretRemoteRef remoteRef, CancellationToken cancellationToken)
    {
        try
        {
            await _inner.DeleteSecretAsync(remoteRef, cancellationToken);
        }
        finally
        {
            Forget();
        }
    }

    public ValueTask<bool> SecretExistsAsync(PushSecretRemoteRef remoteRef, CancellationToken cancellationToken) =>
        _inner.SecretExistsAsync(remoteRef, cancellationToken);

    public ValueTask<ClientValidation> ValidateAsync(CancellationToken cancellationToken) =>
        _inner.ValidateAsync(cancellationToken);

    public ValueTask DisposeAsync()
    {
        Forget();
        return _inner.DisposeAsync();
    }

    private async ValueTask<object> ReadAsync(string key, Func<Task<object>> call, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        CoalescedRead read;
        TaskCompletionSource<object>? owner = null;
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            if (!_reads.TryGetValue(key, out read!) || IsExpired(read, now))
            {
                owner = new TaskCompletionSource<object>(TaskCreationOptions.RunContinuationsAsynchronously);
                read = new CoalescedRead(owner.Task);
                _reads[key] = read;
                PruneIfLarge(now);
            }
        }

        if (owner is not null)
        {
            // The backend call runs outside the lock and apart from this caller's token: its outcome completes every
            // waiter of this read, and RunAsync never throws.
            _ = RunAsync(key, read, owner, call);
        }

        return await read.Result.WaitAsync(cancellationToken);
    }

    // Stamps a success so the window starts when the answer arrived; drops a failure so the next read retries.
    private async Task RunAsync(string key, CoalescedRead read, TaskCompletionSource<object> owner, Func<Task<object>> call)
    {
        try
        {
            var result = await call();
            lock (_gate)
            {
                read.CompletedAt = _time.GetUtcNow();
            }

            owner.SetResult(result);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            lock (_gate)
            {
                if (_reads.TryGetValue(key, out var current) && current == read)
                {
                    _reads.Remove(key);
                }
            }

            owner.SetException(ex);
        }
    }

    private bool IsExpired(CoalescedRead read, DateTimeOffset now) =>
        read.CompletedAt is { } completed && now - completed >= _window;

    // Caller holds the lock. Expired answers are dropped in batches, so memory follows the reads of one window.
    private void PruneIfLarge(DateTimeOffset now)
    {
        if (_reads.Count < _pruneAt)
        {
            return;
        }

        foreach (var (key, read) in _reads.Where(e => IsExpired(e.Value, now)).ToList())
        {
            _reads.Remove(key);
        }

        _pruneAt = Math.Max(64, _reads.Count * 2);
    }

    private void Forget()
    {
        lock (_gate)
        {
            // In-flight reads finish for their waiters, but no later read may reuse what was read before the write.
            _reads.Clear();
        }
    }
}
