using Ferry.Runtime.Client;
using Ferry.Runtime.Diagnostics;
using k8s;
using k8s.Models;
using Microsoft.Extensions.Logging;

namespace Ferry.Runtime.Cache;

/// <summary>
/// Keeps an <see cref="ObjectStore{T}"/> in step with the API server: list, then watch from the list's version;
/// bookmarks advance the version; a 410 Gone relists and reports the difference, so no change is lost; any other
/// failure reopens the watch after a jittered backoff; a silent watch is dropped by a watchdog.
/// Handlers run one event at a time on the informer's loop and must be quick (enqueue a key, nothing more).
/// </summary>
/// <remarks>
/// For kinds whose bodies are not needed, inform on <see cref="MetadataOnly"/> with the kind's
/// <see cref="ResourceType"/>: only metadata is deserialized and cached.
/// </remarks>
public sealed partial class Informer<T> : IRunnable, ISyncable
    where T : class, IMetadata<V1ObjectMeta>
{
    private readonly IKubeClient _client;
    private readonly ResourceType _type;
    private readonly string _resource;
    private readonly InformerOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly RuntimeMetrics? _metrics;
    private readonly TaskCompletionSource _synced = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock _dispatchGate = new();
    private readonly List<Action<InformerEvent<T>>> _handlers = [];
    private readonly MetadataStrings _strings = new();
    private string? _resourceVersion;

    public Informer(IKubeClient client, ResourceType type, InformerOptions options, TimeProvider time, ILogger logger, RuntimeMetrics? metrics = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        _client = client;
        _type = type;
        _resource = type.ToString();
        _options = options;
        _time = time;
        _logger = logger;
        _metrics = metrics;
    }

    public ObjectStore<T> Store { get; } = new();

    public ResourceType Type => _type;

    /// <summary>True once the first list is in the store and its Added events are delivered.</summary>
    public bool HasSynced => _synced.Task.IsCompletedSuccessfully;

    /// <summary>The version the next watch starts from (null before the first list, and after a 410).</summary>
    public string? ResourceVersion => Volatile.Read(ref _resourceVersion);

    bool IRunnable.NeedsLeaderElection => false;

    /// <summary>Calls the handler for every change from now on (and for the first list's objects if not yet synced).</summary>
    public void Subscribe(Action<InformerEvent<T>> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        lock (_dispatchGate)
        {
            _handlers.Add(handler);
        }
    }

    public Task WaitForSyncAsync(CancellationToken cancellationToken) => _synced.Task.WaitAsync(cancellationToken);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var resync = _options.ResyncPeriod is { } period
            ? _time.CreateTimer(_ => Resync(), null, period, period)
            : null;
        var failures = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                if (ResourceVersion is null)
                {
                    await ListAsync(cancellationToken);
                    failures = 0;
                }

                if (await WatchAsync(cancellationToken))
                {
                    failures = 0;
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex) when (ApiError.Classify(ex) == ApiErrorKind.Gone)
            {
                _metrics?.InformerWatchError(_resource, nameof(ApiErrorKind.Gone));
                Log.Expired(_logger, _resource, ResourceVersion);
                Volatile.Write(ref _resourceVersion, null);
            }
            catch (Exception ex)
            {
                var kind = ApiError.Classify(ex);
                _metrics?.InformerWatchError(_resource, kind.ToString());
                var delay = Jitter(_options.RestartBackoff.DelayFor(failures++));
                Log.Failed(_logger, _resource, kind, delay, ex);
                try
                {
                    await Task.Delay(delay, _time, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        }
    }

    private async Task ListAsync(CancellationToken cancellationToken)
    {
        _metrics?.InformerList(_resource);
        var items = new List<T>();
        string? continueToken = null;
        string resourceVersion;
        do
        {
            var page = await _client.ListAsync<T>(_type, _options.Namespace, new ListOptions
            {
                LabelSelector = _options.LabelSelector,
                FieldSelector = _options.FieldSelector,
                Limit = _options.PageSize,
                Continue = continueToken,
            }, cancellationToken);
            foreach (var item in page.Items)
            {
                items.Add(Prepare(item));
            }

            continueToken = page.Continue;
            resourceVersion = page.ResourceVersion;
        }
        while (continueToken is not null);

        var delta = Store.Replace(items);
        var initial = !HasSynced;
        lock (_dispatchGate)
        {
            foreach (var added in delta.Added)
            {
                DispatchLocked(new InformerEvent<T>(InformerEventType.Added, added) { IsInitialList = initial });
            }

            foreach (var (old, updated) in delta.Updated)
            {
                DispatchLocked(new InformerEvent<T>(InformerEventType.Updated, updated, old));
            }

            foreach (var deleted in delta.Deleted)
            {
                DispatchLocked(new InformerEvent<T>(InformerEventType.Deleted, deleted));
            }
        }

        Volatile.Write(ref _resourceVersion, resourceVersion);
        Log.Listed(_logger, _resource, items.Count, resourceVersion);
        _synced.TrySetResult();
    }

    /// <summary>Watches until the stream ends; true when it delivered at least one event.</summary>
    private async Task<bool> WatchAsync(CancellationToken cancellationToken)
    {
        _metrics?.InformerWatch(_resource);
        using var watch = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var watchdog = _time.CreateTimer(_ => CancelQuietly(watch), null, _options.InactivityTimeout, Timeout.InfiniteTimeSpan);
        var options = new WatchOptions
        {
            LabelSelector = _options.LabelSelector,
            FieldSelector = _options.FieldSelector,
            ResourceVersion = ResourceVersion,
            AllowBookmarks = true,
            Timeout = RandomBetween(_options.MinWatchTimeout, _options.MaxWatchTimeout),
        };
        var delivered = false;
        try
        {
            await foreach (var change in _client.WatchAsync<T>(_type, _options.Namespace, options, watch.Token))
            {
                watchdog.Change(_options.InactivityTimeout, Timeout.InfiniteTimeSpan);
                delivered = true;
                Apply(change);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Log.Stalled(_logger, _resource, _options.InactivityTimeout);
        }

        return delivered;
    }

    private void Apply(WatchEvent<T> change)
    {
        var version = change.Object.Metadata?.ResourceVersion;
        if (change.Type == WatchEventType.Bookmark)
        {
            if (!string.IsNullOrEmpty(version))
            {
                Volatile.Write(ref _resourceVersion, version);
            }

            return;
        }

        var value = Prepare(change.Object);
        lock (_dispatchGate)
        {
            if (change.Type == WatchEventType.Deleted)
            {
                var old = Store.Remove(ObjectKey.Of(value));
                DispatchLocked(new InformerEvent<T>(InformerEventType.Deleted, value, old));
            }
            else
            {
                var old = Store.Upsert(value);
                DispatchLocked(old is null
                    ? new InformerEvent<T>(InformerEventType.Added, value)
                    : new InformerEvent<T>(InformerEventType.Updated, value, old));
            }
        }

        if (!string.IsNullOrEmpty(version))
        {
            Volatile.Write(ref _resourceVersion, version);
        }
    }

    private void Resync()
    {
        if (!HasSynced)
        {
            return;
        }

        lock (_dispatchGate)
        {
            foreach (var value in Store.List())
            {
                DispatchLocked(new InformerEvent<T>(InformerEventType.Resync, value));
            }
        }
    }

    private void DispatchLocked(InformerEvent<T> change)
    {
        foreach (var handler in _handlers)
        {
            try
            {
                handler(change);
            }
            catch (Exception ex)
            {
                // A faulty handler must not stop the cache from following the server.
                Log.HandlerFailed(_logger, _resource, ex);
            }
        }
    }

    private T Prepare(T value)
    {
        if (_options.StripManagedFields && value.Metadata is { } metadata)
        {
            metadata.ManagedFields = null;
        }

        _strings.Share(value);
        return value;
    }

    private static void CancelQuietly(CancellationTokenSource source)
    {
        try
        {
            source.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The watch ended just before the watchdog fired.
        }
    }

    private static TimeSpan Jitter(TimeSpan delay) => delay + TimeSpan.FromTicks((long)(delay.Ticks * 0.5 * Random.Shared.NextDouble()));

    private static TimeSpan RandomBetween(TimeSpan min, TimeSpan max) =>
        max <= min ? min : min + TimeSpan.FromTicks((long)((max - min).Ticks * Random.Shared.NextDouble()));
}
