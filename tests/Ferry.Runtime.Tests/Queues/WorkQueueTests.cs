using System.Collections.Concurrent;
using Ferry.Runtime.Queues;
using Ferry.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Ferry.Runtime.Tests.Queues;

public sealed class WorkQueueTests : IDisposable
{
    private readonly FakeTimeProvider _time = new();
    private readonly WorkQueue<string> _queue;

    public WorkQueueTests()
    {
        _queue = new WorkQueue<string>(new WorkQueueOptions { Name = "test" }, _time);
    }

    public void Dispose() => _queue.Dispose();

    [Fact]
    public async Task Add_SameKeyTwice_IsTakenOnce()
    {
        _queue.Add("a");
        _queue.Add("a");

        Assert.Equal(1, _queue.Count);
        var item = await TakeNowAsync();
        Assert.Equal("a", item.Key);
        Assert.Equal(0, _queue.Count);
    }

    [Fact]
    public async Task Add_WhileKeyIsProcessed_WaitsUntilDone()
    {
        _queue.Add("a");
        var item = await TakeNowAsync();

        _queue.Add("a");
        _queue.Add("a");

        Assert.Equal(0, _queue.Count);
        _queue.Done(item);
        Assert.Equal(1, _queue.Count);
        Assert.Equal("a", (await TakeNowAsync()).Key);
    }

    [Fact]
    public async Task Done_WithoutNewAdd_LeavesQueueEmpty()
    {
        _queue.Add("a");
        _queue.Done(await TakeNowAsync());

        Assert.Equal(0, _queue.Count);
        Assert.Equal(0, _queue.ProcessingCount);
    }

    [Fact]
    public async Task Take_KeysAddedInOrder_ComeOutInOrder()
    {
        foreach (var key in new[] { "a", "b", "c" })
        {
            _queue.Add(key);
        }

        Assert.Equal(["a", "b", "c"], [(await TakeNowAsync()).Key, (await TakeNowAsync()).Key, (await TakeNowAsync()).Key]);
    }

    [Fact]
    public async Task Take_ChangedKeyAddedAfterManyRefreshes_ComesFirst()
    {
        for (var i = 0; i < 10_000; i++)
        {
            _queue.Add($"refresh-{i}", QueuePriority.Refresh);
        }

        _queue.Add("new", QueuePriority.Change);

        var first = await TakeNowAsync();
        Assert.Equal("new", first.Key);
        Assert.Equal(QueuePriority.Change, first.Priority);
        Assert.Equal("refresh-0", (await TakeNowAsync()).Key);
    }

    [Fact]
    public async Task Add_RefreshKeyChangesBeforeTaken_MovesUpAndIsTakenOnce()
    {
        _queue.Add("a", QueuePriority.Refresh);
        _queue.Add("b", QueuePriority.Refresh);
        _queue.Add("b", QueuePriority.Change);

        Assert.Equal(2, _queue.Count);
        Assert.Equal("b", (await TakeNowAsync()).Key);
        Assert.Equal("a", (await TakeNowAsync()).Key);
        Assert.Equal(0, _queue.Count);
    }

    [Fact]
    public async Task Add_ChangeWhileProcessed_RequeuesAtChangePriority()
    {
        _queue.Add("a", QueuePriority.Refresh);
        var item = await TakeNowAsync();
        _queue.Add("a", QueuePriority.Refresh);
        _queue.Add("a", QueuePriority.Change);
        _queue.Add("z", QueuePriority.Refresh);
        _queue.Done(item);

        var again = await TakeNowAsync();
        Assert.Equal("a", again.Key);
        Assert.Equal(QueuePriority.Change, again.Priority);
    }

    [Fact]
    public void AddAfter_BeforeDelay_IsNotReady()
    {
        _queue.AddAfter("a", TimeSpan.FromSeconds(10));

        _time.Advance(TimeSpan.FromSeconds(9.999));
        Assert.Equal(0, _queue.Count);
        Assert.Equal(1, _queue.DelayedCount);

        _time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(1, _queue.Count);
        Assert.Equal(0, _queue.DelayedCount);
    }

    [Fact]
    public void AddAfter_EarlierDelayForSameKey_Wins()
    {
        _queue.AddAfter("a", TimeSpan.FromSeconds(10));
        _queue.AddAfter("a", TimeSpan.FromSeconds(2));

        _time.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(1, _queue.Count);
        Assert.Equal(0, _queue.DelayedCount);
    }

    [Fact]
    public void AddAfter_LaterDelayForSameKey_KeepsEarlierOnly()
    {
        _queue.AddAfter("a", TimeSpan.FromSeconds(1));
        _queue.AddAfter("a", TimeSpan.FromSeconds(10));

        Assert.Equal(1, _queue.DelayedCount);
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, _queue.Count);
        Assert.Equal(0, _queue.DelayedCount);
    }

    [Fact]
    public void AddAfter_ManyKeys_BecomeReadyInDueOrder()
    {
        _queue.AddAfter("late", TimeSpan.FromSeconds(30));
        _queue.AddAfter("early", TimeSpan.FromSeconds(10));
        _queue.AddAfter("middle", TimeSpan.FromSeconds(20));

        _time.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(1, _queue.Count);
        _time.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(2, _queue.Count);
        _time.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(3, _queue.Count);
    }

    [Fact]
    public void AddAfter_WithJitter_StaysWithinTheJitterWindow()
    {
        _queue.AddAfter("a", TimeSpan.FromSeconds(100), jitter: 0.1);

        _time.Advance(TimeSpan.FromSeconds(100) - TimeSpan.FromTicks(1));
        Assert.Equal(0, _queue.Count);
        _time.Advance(TimeSpan.FromSeconds(10) + TimeSpan.FromTicks(1));
        Assert.Equal(1, _queue.Count);
    }

    [Fact]
    public void AddRateLimited_RepeatedFailures_DoubleTheDelayUntilForget()
    {
        var delays = Enumerable.Range(0, 4).Select(_ => _queue.AddRateLimited("a")).ToList();

        Assert.Equal([5, 10, 20, 40], delays.Select(d => d.TotalMilliseconds));
        Assert.Equal(4, _queue.Failures("a"));
        _queue.Forget("a");
        Assert.Equal(0, _queue.Failures("a"));
        Assert.Equal(TimeSpan.FromMilliseconds(5), _queue.AddRateLimited("a"));
    }

    [Fact]
    public void AddRateLimited_KeyIsReadyOnlyAfterItsBackoff()
    {
        _queue.AddRateLimited("a");

        Assert.Equal(0, _queue.Count);
        _time.Advance(TimeSpan.FromMilliseconds(4));
        Assert.Equal(0, _queue.Count);
        _time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(1, _queue.Count);
    }

    [Fact]
    public void AddRateLimited_ManyFailures_StopsAtTheCap()
    {
        using var queue = new WorkQueue<string>(
            new WorkQueueOptions { Backoff = new ExponentialBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30)) }, _time);

        var delays = Enumerable.Range(0, 100).Select(_ => queue.AddRateLimited("a")).ToList();

        Assert.Equal(TimeSpan.FromSeconds(16), delays[4]);
        Assert.Equal(TimeSpan.FromSeconds(30), delays[5]);
        Assert.Equal(TimeSpan.FromSeconds(30), delays[^1]);
    }

    [Fact]
    public async Task Take_WithTokenBucket_WaitsForARefill()
    {
        using var queue = new WorkQueue<string>(new WorkQueueOptions { TakesPerSecond = 1, Burst = 1 }, _time);
        queue.Add("a");
        queue.Add("b");

        var first = await queue.TakeAsync(CancellationToken.None);
        var second = queue.TakeAsync(CancellationToken.None).AsTask();

        Assert.Equal("a", first?.Key);
        Assert.False(second.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal("b", (await second.WaitAsync(TimeSpan.FromSeconds(10)))?.Key);
    }

    [Fact]
    public async Task ShutDown_WhileWorkerWaits_ReturnsNull()
    {
        var waiting = _queue.TakeAsync(CancellationToken.None).AsTask();

        _queue.ShutDown();

        Assert.Null(await waiting.WaitAsync(TimeSpan.FromSeconds(10)));
        _queue.Add("a");
        Assert.Equal(0, _queue.Count);
    }

    [Fact]
    public async Task Take_ManyWorkersAndConcurrentAdds_NeverRunOneKeyTwiceAtOnce()
    {
        using var queue = new WorkQueue<int>(new WorkQueueOptions(), TimeProvider.System);
        var running = new ConcurrentDictionary<int, int>();
        var overlaps = 0;
        var processed = 0;
        using var stop = new CancellationTokenSource();

        async Task WorkerAsync()
        {
            while (await queue.TakeAsync(CancellationToken.None) is { } item)
            {
                if (!running.TryAdd(item.Key, 0))
                {
                    Interlocked.Increment(ref overlaps);
                }

                await Task.Yield();
                running.TryRemove(item.Key, out _);
                Interlocked.Increment(ref processed);
                queue.Done(item);
            }
        }

        var workers = Enumerable.Range(0, 8).Select(_ => Task.Run(WorkerAsync)).ToArray();
        var producers = Enumerable.Range(0, 4).Select(p => Task.Run(() =>
        {
            for (var i = 0; i < 20_000; i++)
            {
                queue.Add(i % 16);
            }
        })).ToArray();
        await Task.WhenAll(producers);
        await Eventually.True(() => queue.Count == 0 && queue.ProcessingCount == 0);
        queue.ShutDown();
        await Task.WhenAll(workers).WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal(0, overlaps);
        Assert.InRange(processed, 16, 80_000);
    }

    private async Task<WorkItem<string>> TakeNowAsync()
    {
        var take = _queue.TakeAsync(CancellationToken.None).AsTask();
        Assert.True(take.IsCompleted, "a ready key must be handed out without waiting");
        return (await take)!;
    }
}
