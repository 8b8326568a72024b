using Ferry.Runtime.Queues;
using Microsoft.Extensions.Time.Testing;

namespace Ferry.Runtime.Tests.Queues;

public sealed class TokenBucketTests
{
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public void TryTake_BurstUsedUp_RefusesUntilTimePasses()
    {
        using var bucket = new TokenBucket(2, 3, _time);

        Assert.True(bucket.TryTake());
        Assert.True(bucket.TryTake());
        Assert.True(bucket.TryTake());
        Assert.False(bucket.TryTake());
        _time.Advance(TimeSpan.FromMilliseconds(499));
        Assert.False(bucket.TryTake());
        _time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.True(bucket.TryTake());
    }

    [Fact]
    public void TryTake_LongIdle_RefillsNoMoreThanTheBurst()
    {
        using var bucket = new TokenBucket(10, 2, _time);
        _time.Advance(TimeSpan.FromHours(1));

        Assert.True(bucket.TryTake());
        Assert.True(bucket.TryTake());
        Assert.False(bucket.TryTake());
    }

    [Fact]
    public async Task TakeAsync_Empty_CompletesWhenARefillIsDue()
    {
        using var bucket = new TokenBucket(1, 1, _time);
        await bucket.TakeAsync(CancellationToken.None);

        var waiting = bucket.TakeAsync(CancellationToken.None).AsTask();
        Assert.False(waiting.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(1));
        await waiting.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void TryTake_ZeroRate_IsUnlimited()
    {
        using var bucket = new TokenBucket(0, 1, _time);

        Assert.All(Enumerable.Range(0, 1000), _ => Assert.True(bucket.TryTake()));
    }
}
