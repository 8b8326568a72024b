using System.Threading.RateLimiting;

namespace Ferry.Runtime.Queues;

/// <summary>
/// A token bucket (System.Threading.RateLimiting) whose refills follow a <see cref="TimeProvider"/>, so tests move
/// time instead of waiting. Rate zero or less means unlimited.
/// </summary>
public sealed class TokenBucket : IDisposable
{
    private static readonly TimeSpan MinimumPeriod = TimeSpan.FromMilliseconds(10);
    private readonly TokenBucketRateLimiter? _limiter;
    private readonly ITimer? _refill;

    public TokenBucket(double perSecond, int burst, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        if (perSecond <= 0)
        {
            return;
        }

        // One token per 1/rate seconds, but never refill more often than every 10 ms: high rates refill in batches.
        var period = TimeSpan.FromSeconds(1 / perSecond);
        if (period < MinimumPeriod)
        {
            period = MinimumPeriod;
        }

        var tokensPerPeriod = Math.Max(1, (int)Math.Round(perSecond * period.TotalSeconds));
        _limiter = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Max(1, burst),
            TokensPerPeriod = tokensPerPeriod,
            ReplenishmentPeriod = period,
            AutoReplenishment = false,
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
        _refill = time.CreateTimer(_ => _limiter.TryReplenish(), null, period, period);
    }

    public bool IsUnlimited => _limiter is null;

    /// <summary>Takes a token now if one is there.</summary>
    public bool TryTake()
    {
        if (_limiter is null)
        {
            return true;
        }

        using var lease = _limiter.AttemptAcquire();
        return lease.IsAcquired;
    }

    /// <summary>Waits for a token (in arrival order).</summary>
    public async ValueTask TakeAsync(CancellationToken cancellationToken)
    {
        if (_limiter is null)
        {
            return;
        }

        using var lease = await _limiter.AcquireAsync(1, cancellationToken);
        if (!lease.IsAcquired)
        {
            throw new InvalidOperationException("The token bucket refused a queued request.");
        }
    }

    public void Dispose()
    {
        _refill?.Dispose();
        _limiter?.Dispose();
    }
}
