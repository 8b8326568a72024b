using Ferry.Runtime.Diagnostics;

namespace Ferry.Runtime.Queues;

/// <summary>
/// A deduplicating work queue of keys with two priority lanes, a processing set (one worker per key at a time),
/// delayed adds on one timer, per-key exponential backoff and an optional overall token bucket. Time comes from
/// a <see cref="TimeProvider"/>.
/// </summary>
/// <remarks>
/// A key is in at most one of three states: waiting for a delay, ready in a lane, or being processed. Adding a
/// key that is being processed marks it dirty; it goes back into its lane when the worker calls
/// <see cref="Done"/>. Adding a ready key only raises its lane if the new priority is higher.
/// </remarks>
public sealed class WorkQueue<TKey> : IDisposable
    where TKey : notnull
{
    private readonly Lock _gate = new();
    private readonly WorkQueueOptions _options;
    private readonly TimeProvider _time;
    private readonly RuntimeMetrics? _metrics;
    private readonly TokenBucket _bucket;
    private readonly SemaphoreSlim _ready = new(0);
    private readonly CancellationTokenSource _shutdown = new();

    // Ready keys: the lane and ticket of each; lane queues hold (key, ticket) and skip stale tickets.
    private readonly Dictionary<TKey, ReadyEntry> _readyKeys = [];
    private readonly Queue<(TKey Key, long Ticket)>[] _lanes = [new(), new()];
    private long _nextTicket;

    // Keys a worker holds, with the priority to re-queue them at when they were added again meanwhile.
    private readonly Dictionary<TKey, QueuePriority?> _processing = [];

    // Delayed adds: the earliest due time per key, and a heap ordered by due time on one timer.
    private readonly Dictionary<TKey, DelayedEntry> _delayed = [];
    private readonly PriorityQueue<(TKey Key, long Ticket), long> _delayHeap = new();
    private readonly ITimer _delayTimer;
    private long _timerDueTicks = long.MaxValue;

    private readonly Dictionary<TKey, int> _failures = [];

    public WorkQueue(WorkQueueOptions options, TimeProvider time, RuntimeMetrics? metrics = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        _options = options;
        _time = time;
        _metrics = metrics;
        _bucket = new TokenBucket(options.TakesPerSecond, options.Burst, time);
        _delayTimer = time.CreateTimer(_ => PromoteDueKeys(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    public string Name => _options.Name;

    /// <summary>Keys ready for a worker now.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _readyKeys.Count;
            }
        }
    }

    /// <summary>Keys waiting for a delayed add.</summary>
    public int DelayedCount
    {
        get
        {
            lock (_gate)
            {
                return _delayed.Count;
            }
        }
    }

    /// <summary>Keys a worker holds now.</summary>
    public int ProcessingCount
    {
        get
        {
            lock (_gate)
            {
                return _processing.Count;
            }
        }
    }

    public bool IsShutDown => _shutdown.IsCancellationRequested;

    /// <summary>Makes the key ready now (or dirty, if a worker holds it).</summary>
    public void Add(TKey key, QueuePriority priority = QueuePriority.Change)
    {
        lock (_gate)
        {
            AddLocked(key, priority);
        }
    }

    /// <summary>
    /// Makes the key ready after a delay, with optional jitter (a fraction of the delay, e.g. 0.1 adds up to 10%).
    /// When the key already waits for an earlier time, the earlier time stands.
    /// </summary>
    public void AddAfter(TKey key, TimeSpan delay, QueuePriority priority = QueuePriority.Refresh, double jitter = 0)
    {
        if (jitter > 0)
        {
            delay += TimeSpan.FromTicks((long)(delay.Ticks * jitter * Random.Shared.NextDouble()));
        }

        if (delay <= TimeSpan.Zero)
        {
            Add(key, priority);
            return;
        }

        lock (_gate)
        {
            if (IsShutDown)
            {
                return;
            }

            var due = (_time.GetUtcNow() + delay).UtcTicks;
            if (_delayed.TryGetValue(key, out var existing) && existing.DueTicks <= due)
            {
                if (priority > existing.Priority)
                {
                    _delayed[key] = existing with { Priority = priority };
                }

                return;
            }

            var ticket = ++_nextTicket;
            _delayed[key] = new DelayedEntry(due, ticket, priority);
            _delayHeap.Enqueue((key, ticket), due);
            ArmTimerLocked();
        }
    }

    /// <summary>Re-adds a key after a failure, later each time (see <see cref="Forget"/>).</summary>
    public TimeSpan AddRateLimited(TKey key)
    {
        TimeSpan delay;
        lock (_gate)
        {
            _failures.TryGetValue(key, out var failures);
            _failures[key] = failures + 1;
            delay = _options.Backoff.DelayFor(failures);
        }

        _metrics?.QueueRetry(Name);
        AddAfter(key, delay, QueuePriority.Change);
        return delay;
    }

    /// <summary>Clears the key's failure count, so its next failure starts again at the base delay.</summary>
    public void Forget(TKey key)
    {
        lock (_gate)
        {
            _failures.Remove(key);
        }
    }

    /// <summary>How many failures in a row the key has had.</summary>
    public int Failures(TKey key)
    {
        lock (_gate)
        {
            return _failures.GetValueOrDefault(key);
        }
    }

    /// <summary>
    /// Waits for a ready key and hands it to the caller, highest lane first; null once the queue shuts down. The
    /// caller must call <see cref="Done"/> with the key afterwards.
    /// </summary>
    public async ValueTask<WorkItem<TKey>?> TakeAsync(CancellationToken cancellationToken)
    {
        // Workers usually pass no token of their own; linking only when they do saves an allocation per key.
        using var linked = cancellationToken.CanBeCanceled ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _shutdown.Token) : null;
        var token = linked?.Token ?? _shutdown.Token;
        try
        {
            await _ready.WaitAsync(token);
            await _bucket.TakeAsync(token);
        }
        catch (OperationCanceledException) when (_shutdown.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return null;
        }

        lock (_gate)
        {
            return TakeLocked();
        }
    }

    /// <summary>Releases a key a worker took; a key added meanwhile goes back into its lane now.</summary>
    public void Done(WorkItem<TKey> item)
    {
        ArgumentNullException.ThrowIfNull(item);
        lock (_gate)
        {
            if (!_processing.Remove(item.Key, out var dirty))
            {
                return;
            }

            _metrics?.QueueWork(Name, _time.GetUtcNow() - item.TakenAt);
            if (dirty is { } priority && !IsShutDown)
            {
                MakeReadyLocked(item.Key, priority);
            }
        }
    }

    /// <summary>Stops handing out keys: waiting and later <see cref="TakeAsync"/> calls return null.</summary>
    public void ShutDown()
    {
        lock (_gate)
        {
            _delayTimer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        }

        _shutdown.Cancel();
    }

    public void Dispose()
    {
        ShutDown();
        _delayTimer.Dispose();
        _bucket.Dispose();
        _ready.Dispose();
        _shutdown.Dispose();
    }

    private void AddLocked(TKey key, QueuePriority priority)
    {
        if (IsShutDown)
        {
            return;
        }

        _metrics?.QueueAdd(Name);
        if (_processing.TryGetValue(key, out var dirty))
        {
            if (dirty is null || priority > dirty)
            {
                _processing[key] = priority;
            }

            return;
        }

        if (_readyKeys.TryGetValue(key, out var ready))
        {
            if (priority > ready.Priority)
            {
                var ticket = ++_nextTicket;
                _readyKeys[key] = ready with { Priority = priority, Ticket = ticket };
                _lanes[(int)priority].Enqueue((key, ticket));
            }

            return;
        }

        MakeReadyLocked(key, priority);
    }

    private void MakeReadyLocked(TKey key, QueuePriority priority)
    {
        var ticket = ++_nextTicket;
        _readyKeys[key] = new ReadyEntry(priority, ticket, _time.GetUtcNow());
        _lanes[(int)priority].Enqueue((key, ticket));
        _metrics?.QueueDepth(Name, 1);
        _ready.Release();
    }

    private WorkItem<TKey>? TakeLocked()
    {
        for (var lane = _lanes.Length - 1; lane >= 0; lane--)
        {
            var queue = _lanes[lane];
            while (queue.TryDequeue(out var entry))
            {
                if (!_readyKeys.TryGetValue(entry.Key, out var ready) || ready.Ticket != entry.Ticket)
                {
                    continue;
                }

                _readyKeys.Remove(entry.Key);
                _processing[entry.Key] = null;
                var now = _time.GetUtcNow();
                _metrics?.QueueDepth(Name, -1);
                _metrics?.QueueLatency(Name, now - ready.ReadySince);
                return new WorkItem<TKey>(entry.Key, ready.Priority, now);
            }
        }

        // The semaphore promised a key; only a shutdown race can leave none.
        return null;
    }

    private void PromoteDueKeys()
    {
        lock (_gate)
        {
            _timerDueTicks = long.MaxValue;
            var now = _time.GetUtcNow().UtcTicks;
            while (_delayHeap.TryPeek(out var entry, out var due) && due <= now)
            {
                _delayHeap.Dequeue();
                if (_delayed.TryGetValue(entry.Key, out var delayed) && delayed.Ticket == entry.Ticket)
                {
                    _delayed.Remove(entry.Key);
                    AddLocked(entry.Key, delayed.Priority);
                }
            }

            ArmTimerLocked();
        }
    }

    private void ArmTimerLocked()
    {
        // Drop stale heap entries so the timer is armed for a key that is really still waiting.
        while (_delayHeap.TryPeek(out var entry, out _)
            && (!_delayed.TryGetValue(entry.Key, out var delayed) || delayed.Ticket != entry.Ticket))
        {
            _delayHeap.Dequeue();
        }

        if (!_delayHeap.TryPeek(out _, out var due) || due >= _timerDueTicks || IsShutDown)
        {
            return;
        }

        _timerDueTicks = due;
        var wait = TimeSpan.FromTicks(Math.Max(0, due - _time.GetUtcNow().UtcTicks));
        _delayTimer.Change(wait, Timeout.InfiniteTimeSpan);
    }

    private readonly record struct ReadyEntry(QueuePriority Priority, long Ticket, DateTimeOffset ReadySince);

    private readonly record struct DelayedEntry(long DueTicks, long Ticket, QueuePriority Priority);
}
