using System.Diagnostics;
using Ferry.Runtime.Cache;
using Ferry.Runtime.Diagnostics;
using Ferry.Runtime.Queues;
using k8s.Models;
using Microsoft.Extensions.Logging;

namespace Ferry.Runtime.Controllers;

/// <summary>
/// Runs a reconciler over a work queue with N workers, once the watched caches have synced. Each reconcile ends
/// in one of four ways: done (forget the key), requeue-after (forget, then a delayed add in the refresh lane),
/// an error (a retry with per-key backoff) or a terminal error (recorded, no retry). On shutdown no new key is
/// taken, and in-flight reconciles get <see cref="ControllerOptions.ShutdownTimeout"/> to finish before their
/// token is cancelled.
/// </summary>
public sealed partial class Controller<TKey> : IRunnable, IDisposable
    where TKey : notnull
{
    private readonly ControllerOptions _options;
    private readonly IReconciler<TKey> _reconciler;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly RuntimeMetrics? _metrics;
    private readonly List<Func<CancellationToken, Task>> _cacheSyncs = [];

    public Controller(ControllerOptions options, IReconciler<TKey> reconciler, TimeProvider time, ILogger logger, RuntimeMetrics? metrics = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(reconciler);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        if (options.Workers < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "A controller needs at least one worker.");
        }

        _options = options;
        _reconciler = reconciler;
        _time = time;
        _logger = logger;
        _metrics = metrics;
        Queue = new WorkQueue<TKey>((options.Queue ?? new WorkQueueOptions()) with { Name = options.Name }, time, metrics);
    }

    public string Name => _options.Name;

    /// <summary>The queue; informer handlers add keys to it.</summary>
    public WorkQueue<TKey> Queue { get; }

    bool IRunnable.NeedsLeaderElection => true;

    /// <summary>
    /// Enqueues the keys an informer's changes map to (changes in the change lane; resyncs and the objects of the
    /// first list in the refresh lane), and makes the controller wait for that informer's cache before its first
    /// reconcile.
    /// </summary>
    public void Watch<T>(Informer<T> informer, Func<T, IEnumerable<TKey>> keysOf)
        where T : class, IMetadata<V1ObjectMeta>
    {
        ArgumentNullException.ThrowIfNull(informer);
        ArgumentNullException.ThrowIfNull(keysOf);
        _cacheSyncs.Add(informer.WaitForSyncAsync);
        informer.Subscribe(change =>
        {
            var priority = QueuePriorities.Of(change);
            foreach (var key in keysOf(change.Object))
            {
                Queue.Add(key, priority);
            }
        });
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await WaitForCachesAsync(cancellationToken);
        Log.Starting(_logger, Name, _options.Workers);

        // Reconciles run on their own token: shutdown stops the taking of keys at once, but cancels work in
        // flight only when the grace period is over.
        using var hardStop = new CancellationTokenSource();
        ITimer? grace = null;
        using (cancellationToken.Register(() =>
        {
            grace = _time.CreateTimer(_ => CancelQuietly(hardStop), null, _options.ShutdownTimeout, Timeout.InfiniteTimeSpan);
            Queue.ShutDown();
        }))
        {
            await Task.WhenAll(Enumerable.Range(0, _options.Workers).Select(_ => WorkerAsync(hardStop.Token)));
        }

        grace?.Dispose();
        if (hardStop.IsCancellationRequested)
        {
            Log.ShutdownTimedOut(_logger, Name, _options.ShutdownTimeout);
        }

        Log.Stopped(_logger, Name);
    }

    public void Dispose() => Queue.Dispose();

    private static void CancelQuietly(CancellationTokenSource source)
    {
        try
        {
            source.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The workers finished just before the grace period ended.
        }
    }

    private async Task WaitForCachesAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.CacheSyncTimeout);
        try
        {
            await Task.WhenAll(_cacheSyncs.Select(sync => sync(timeout.Token)));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"The caches of controller '{Name}' did not sync within {_options.CacheSyncTimeout}.");
        }
    }

    private async Task WorkerAsync(CancellationToken reconcileToken)
    {
        // Workers start on the thread pool so one slow synchronous reconciler cannot hold up the others.
        await Task.Yield();
        while (await Queue.TakeAsync(CancellationToken.None) is { } item)
        {
            _metrics?.WorkerActive(Name, 1);
            try
            {
                await ReconcileOneAsync(item.Key, reconcileToken);
            }
            finally
            {
                _metrics?.WorkerActive(Name, -1);
                Queue.Done(item);
            }
        }
    }

    private async Task ReconcileOneAsync(TKey key, CancellationToken cancellationToken)
    {
        var reconcileId = Guid.NewGuid().ToString("N")[..12];
        using var scope = _logger.BeginScope(new ReconcileScope(Name, reconcileId, key.ToString() ?? ""));
        var started = Stopwatch.GetTimestamp();
        string outcome;
        try
        {
            var result = await _reconciler.ReconcileAsync(key, cancellationToken);
            Queue.Forget(key);
            if (result.RequeueAfter is { } delay && delay > TimeSpan.Zero)
            {
                Queue.AddAfter(key, delay, QueuePriority.Refresh);
                outcome = ReconcileOutcome.RequeueAfter;
            }
            else
            {
                outcome = ReconcileOutcome.Success;
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutdown cut the reconcile short; the next leader starts from the current state.
            return;
        }
        catch (TerminalReconcileException ex)
        {
            Queue.Forget(key);
            outcome = ReconcileOutcome.TerminalError;
            Log.Terminal(_logger, ex);
        }
        catch (Exception ex)
        {
            var delay = Queue.AddRateLimited(key);
            outcome = ReconcileOutcome.Error;
            Log.Failed(_logger, delay, ex);
        }

        _metrics?.Reconciled(Name, outcome, Stopwatch.GetElapsedTime(started));
    }
}
