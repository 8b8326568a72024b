namespace Ferry.Runtime.Queues;

/// <summary>
/// A token bucket whose refills follow a <see cref="TimeProvider"/>, so tests move time instead of waiting. Rate
/// zero or less means unlimited.
/// </summary>
/// <remarks>
/// System.Threading.RateLimiting's TokenBucketRateLimiter measures elapsed time with its own Stopwatch even when
/// replenished by hand, so it cannot follow a fake clock; this bucket computes refills from the clock it is given.
/// </remarks>
public sealed class TokenBucket : IDisposable
{
    private readonly Lock _gate = new();
    private readonly double _perSecond;
    private readonly double _capacity;
    private readonly TimeProvider _time;
    private double _tokens;
    private DateTimeOffset _refilledAt;

    public TokenBucket(double perSecond, int burst, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        _perSecond = perSecond;
        _capacity = Math.Max(1, burst);
        _time = time;
        _tokens = _capacity;
        _refilledAt = time.GetUtcNow();
    }

    public bool IsUnlimited => _perSecond <= 0;

    /// <summary>Takes a token now if one is there.</summary>
    public bool TryTake() => IsUnlimited || TryTakeOrWait(out _);

    /// <summary>Waits for a token.</summary>
    public async ValueTask TakeAsync(CancellationToken cancellationToken)
    {
        if (IsUnlimited)
        {
            return;
        }

        while (!TryTakeOrWait(out var wait))
        {
            await Task.Delay(wait, _time, cancellationToken);
        }
    }

    public void Dispose()
    {
        // Nothing to release: refills are computed, not timed. Kept disposable so a timer-based bucket can replace it.
    }

    private bool TryTakeOrWait(out TimeSpan wait)
    {
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            var elapsed = (now - _refilledAt).TotalSeconds;
            if (elapsed > 0)
            {
                _tokens = Math.Min(_capacity, _tokens + (elapsed * _perSecond));
                _refilledAt = now;
            }

            if (_tokens >= 1)
            {
                _tokens -= 1;
                wait = TimeSpan.Zero;
                return true;
            }

            wait = TimeSpan.FromSeconds((1 - _tokens) / _perSecond);
            if (wait < TimeSpan.FromTicks(1))
            {
                wait = TimeSpan.FromTicks(1);
            }

            return false;
        }
    }
}
