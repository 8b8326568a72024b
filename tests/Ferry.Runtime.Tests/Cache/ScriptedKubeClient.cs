using System.Runtime.CompilerServices;
using Ferry.Runtime.Client;
using k8s;
using k8s.Models;

namespace Ferry.Runtime.Tests.Cache;

/// <summary>
/// Passes every call to a real client, counts lists and watches, and lets a test drop the open watch or hold the
/// next one back (to let the server's history move past the informer's version).
/// </summary>
internal sealed class ScriptedKubeClient(IKubeClient inner) : IKubeClient
{
    private readonly Lock _gate = new();
    private CancellationTokenSource? _currentWatch;
    private TaskCompletionSource? _holdNextWatch;
    private int _lists;
    private int _watches;

    public int Lists => Volatile.Read(ref _lists);

    public int Watches => Volatile.Read(ref _watches);

    /// <summary>Ends the open watch with a network error.</summary>
    public void DropWatch()
    {
        lock (_gate)
        {
            _currentWatch?.Cancel();
        }
    }

    /// <summary>The next watch waits until the returned source is completed.</summary>
    public TaskCompletionSource HoldNextWatch()
    {
        lock (_gate)
        {
            return _holdNextWatch = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    public Task<T?> GetAsync<T>(ResourceType type, string? ns, string name, CancellationToken cancellationToken)
        where T : class, IKubernetesObject<V1ObjectMeta> => inner.GetAsync<T>(type, ns, name, cancellationToken);

    public Task<ResourceList<T>> ListAsync<T>(ResourceType type, string? ns, ListOptions? options, CancellationToken cancellationToken)
        where T : class, IMetadata<V1ObjectMeta>
    {
        if (options?.Continue is null)
        {
            Interlocked.Increment(ref _lists);
        }

        return inner.ListAsync<T>(type, ns, options, cancellationToken);
    }

    public Task<T> CreateAsync<T>(ResourceType type, T value, CancellationToken cancellationToken)
        where T : class, IKubernetesObject<V1ObjectMeta> => inner.CreateAsync(type, value, cancellationToken);

    public Task<T> UpdateAsync<T>(ResourceType type, T value, CancellationToken cancellationToken)
        where T : class, IKubernetesObject<V1ObjectMeta> => inner.UpdateAsync(type, value, cancellationToken);

    public Task<T> UpdateStatusAsync<T>(ResourceType type, T value, CancellationToken cancellationToken)
        where T : class, IKubernetesObject<V1ObjectMeta> => inner.UpdateStatusAsync(type, value, cancellationToken);

    public Task<T> PatchAsync<T>(ResourceType type, string? ns, string name, V1Patch patch, PatchOptions? options, CancellationToken cancellationToken)
        where T : class, IKubernetesObject<V1ObjectMeta> => inner.PatchAsync<T>(type, ns, name, patch, options, cancellationToken);

    public Task<T> PatchStatusAsync<T>(ResourceType type, string? ns, string name, V1Patch patch, PatchOptions? options, CancellationToken cancellationToken)
        where T : class, IKubernetesObject<V1ObjectMeta> => inner.PatchStatusAsync<T>(type, ns, name, patch, options, cancellationToken);

    public Task<bool> DeleteAsync(ResourceType type, string? ns, string name, CancellationToken cancellationToken) =>
        inner.DeleteAsync(type, ns, name, cancellationToken);

    public async IAsyncEnumerable<WatchEvent<T>> WatchAsync<T>(ResourceType type, string? ns, WatchOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
        where T : class, IMetadata<V1ObjectMeta>
    {
        Task hold;
        using var drop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        lock (_gate)
        {
            hold = _holdNextWatch?.Task ?? Task.CompletedTask;
            _holdNextWatch = null;
            _currentWatch = drop;
        }

        await hold.WaitAsync(cancellationToken);
        Interlocked.Increment(ref _watches);
        var enumerator = inner.WatchAsync<T>(type, ns, options, drop.Token).GetAsyncEnumerator(drop.Token);
        try
        {
            while (true)
            {
                bool more;
                try
                {
                    more = await enumerator.MoveNextAsync();
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    throw new IOException("The test dropped the watch.");
                }

                if (!more)
                {
                    yield break;
                }

                yield return enumerator.Current;
            }
        }
        finally
        {
            await enumerator.DisposeAsync();
            lock (_gate)
            {
                if (_currentWatch == drop)
                {
                    _currentWatch = null;
                }
            }
        }
    }
}
