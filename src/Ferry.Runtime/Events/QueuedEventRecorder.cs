using System.Threading.Channels;
using Ferry.Runtime.Diagnostics;
using k8s;
using k8s.Models;
using Microsoft.Extensions.Logging;

namespace Ferry.Runtime.Events;

/// <summary>
/// Takes event writes off the caller's path, as client-go's recorder does: <see cref="RecordAsync"/> puts the event
/// in a bounded queue and returns at once; a few writers hand it to the wrapped recorder (which folds repeats into
/// series). Unlike client-go, a full queue does not drop the event: the caller waits for room, because Ferry
/// promises that every destructive action leaves an event, and a burst that outruns the API server should slow the
/// reconciles down rather than lose their record. Only an event recorded while the recorder stops (or whose caller
/// is cancelled while waiting) is dropped, counted in <c>ferry_events_dropped_total</c> and logged at most once per
/// <see cref="QueuedEventRecorderOptions.DropLogInterval"/>. Disposing writes what is queued, for at most
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

    /// <summary>Events dropped because they were recorded after disposal started or their caller gave up waiting.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    /// <summary>
    /// Queues the event and returns at once while the queue has room; when it is full, the returned task completes
    /// once the event is queued. It never throws: a cancelled wait drops the event (counted and logged).
    /// </summary>
    public Task RecordAsync(IKubernetesObject<V1ObjectMeta> regarding, EventType type, string reason, string action, string note, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(regarding);
        var pending = new PendingEvent(EventSubject.Of(regarding), type, reason, action, note);
        return _queue.Writer.TryWrite(pending) ? Task.CompletedTask : WaitForRoomAsync(pending, cancellationToken);
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

    private async Task WaitForRoomAsync(PendingEvent pending, CancellationToken cancellationToken)
    {
        try
        {
            await _queue.Writer.WriteAsync(pending, cancellationToken);
        }
        catch (Exception ex) when (ex is ChannelClosedException or OperationCanceledException)
        {
            Drop();
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

        Log.Dropped(_logger, _options.Name, count);
    }

    private sealed record PendingEvent(EventSubject Regarding, EventType Type, string Reason, string Action, string Note);
}
