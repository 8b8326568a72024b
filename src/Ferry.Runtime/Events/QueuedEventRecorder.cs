using System.Threading.Channels;
using Ferry.Runtime.Diagnostics;
using k8s;
using k8s.Models;
using Microsoft.Extensions.Logging;

namespace Ferry.Runtime.Events;

/// <summary>
/// Takes event writes off the caller's path, as client-go's recorder does: <see cref="RecordAsync"/> puts the event
/// in a bounded queue and returns at once; a few writers hand it to the wrapped recorder (which folds repeats into
/// series). A full queue drops the event, counts it in <c>ferry_events_dropped_total</c> and logs a line at most
/// once per <see cref="QueuedEventRecorderOptions.DropLogInterval"/>. Disposing writes what is queued, for at most
/// <see cref="QueuedEventRecorderOptions.FlushTimeout"/>.
/// </summary>
public sealed partial class QueuedEventRecorder : IEventRecorder, IAsyncDisposable
{
    private readonly IEventRecorder _writer;
    private readonly QueuedEventRecorderOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly RuntimeMetrics? _metrics;
    private readonly Channel<PendingEvent> _queue;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task[] _writers;
    private readonly Lock _dropGate = new();
    private long _droppedSinceLog;
    private DateTimeOffset _lastDropLog = DateTimeOffset.MinValue;
    private long _dropped;

    public QueuedEventRecorder(IEventRecorder writer, QueuedEventRecorderOptions options, TimeProvider time, ILogger logger, RuntimeMetrics? metrics = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        if (options.Capacity < 1 || options.Writers < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "An event queue needs room for one event and one writer.");
        }

        _writer = writer;
        _options = options;
        _time = time;
        _logger = logger;
        _metrics = metrics;
        _queue = Channel.CreateBounded<PendingEvent>(new BoundedChannelOptions(options.Capacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = options.Writers == 1,
        });
        _writers = [.. Enumerable.Range(0, options.Writers).Select(_ => Task.Run(WriteAsync))];
    }

    /// <summary>Events dropped because the queue was full (or recorded after disposal started).</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    /// <summary>Queues the event and returns at once; the token is not used, as the write outlives the caller.</summary>
    public Task RecordAsync(IKubernetesObject<V1ObjectMeta> regarding, EventType type, string reason, string action, string note, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(regarding);
        if (!_queue.Writer.TryWrite(new PendingEvent(EventSubject.Of(regarding), type, reason, action, note)))
        {
            Drop();
        }

        return Task.CompletedTask;
    }

    /// <summary>Stops taking events and writes the queued ones, giving up after the flush timeout.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        try
        {
            await Task.WhenAll(_writers).WaitAsync(_options.FlushTimeout, _time);
        }
        catch (TimeoutException)
        {
            Log.FlushTimedOut(_logger, _options.Name, _options.FlushTimeout);
            await _stop.CancelAsync();
            await Task.WhenAll(_writers);
        }

        _stop.Dispose();
    }

    private async Task WriteAsync()
    {
        try
        {
            await foreach (var pending in _queue.Reader.ReadAllAsync(_stop.Token))
            {
                try
                {
                    await _writer.RecordAsync(pending.Regarding, pending.Type, pending.Reason, pending.Action, pending.Note, _stop.Token);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !_stop.IsCancellationRequested)
                {
                    // An event is best effort: a failed write is logged and the next one is tried.
                    Log.WriteFailed(_logger, _options.Name, pending.Reason, ex);
                }
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // The flush timed out; what is still queued is lost.
        }
    }

    private void Drop()
    {
        Interlocked.Increment(ref _dropped);
        _metrics?.EventDropped(_options.Name);
        var now = _time.GetUtcNow();
        long count;
        lock (_dropGate)
        {
            _droppedSinceLog++;
            if (now - _lastDropLog < _options.DropLogInterval)
            {
                return;
            }

            count = _droppedSinceLog;
            _droppedSinceLog = 0;
            _lastDropLog = now;
        }

        Log.Dropped(_logger, _options.Name, count, _options.Capacity);
    }

    private sealed record PendingEvent(EventSubject Regarding, EventType Type, string Reason, string Action, string Note);
}
