using BenchmarkDotNet.Attributes;
using Ferry.Runtime.Queues;

namespace Ferry.Benchmarks.Runtime;

/// <summary>The queue's own cost: add, take and done per key, and how soon a changed key jumps 10,000 refreshes.</summary>
[MemoryDiagnoser]
public class WorkQueueBenchmarks
{
    private const int Keys = 10_000;
    private readonly string[] _keys = Enumerable.Range(0, Keys).Select(i => $"ns/object-{i}").ToArray();

    [Benchmark(OperationsPerInvoke = Keys)]
    public async Task AddTakeDone()
    {
        using var queue = new WorkQueue<string>(new WorkQueueOptions(), TimeProvider.System);
        foreach (var key in _keys)
        {
            queue.Add(key);
        }

        for (var i = 0; i < Keys; i++)
        {
            var item = await queue.TakeAsync(CancellationToken.None);
            queue.Done(item!);
        }
    }

    [Benchmark(OperationsPerInvoke = Keys)]
    public void AddDuplicates()
    {
        using var queue = new WorkQueue<string>(new WorkQueueOptions(), TimeProvider.System);
        for (var i = 0; i < Keys; i++)
        {
            queue.Add(_keys[i % 100]);
        }
    }

    /// <summary>10,000 keys are due for refresh; a changed key is added and taken next.</summary>
    [Benchmark]
    public async Task<string> ChangedKeyBehindTenThousandRefreshes()
    {
        using var queue = new WorkQueue<string>(new WorkQueueOptions(), TimeProvider.System);
        foreach (var key in _keys)
        {
            queue.Add(key, QueuePriority.Refresh);
        }

        queue.Add("ns/new", QueuePriority.Change);
        var item = await queue.TakeAsync(CancellationToken.None);
        return item!.Key;
    }
}
