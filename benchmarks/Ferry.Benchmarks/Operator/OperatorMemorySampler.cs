namespace Ferry.Benchmarks.Operator;

/// <summary>
/// Follows the child operator's managed heap by scraping its /metrics every two seconds (a scrape renders every
/// series, about 40,000 at 10,000 ExternalSecrets, so sampling faster would cost the child more than a Prometheus
/// server does) and keeps the peak. The peak resident set needs no sampling: the kernel keeps it (VmHWM).
/// </summary>
internal sealed class OperatorMemorySampler : IAsyncDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    private readonly OperatorProcess _operator;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;
    private long _peakHeap;

    public OperatorMemorySampler(OperatorProcess child)
    {
        _operator = child;
        _sampling = SampleAsync(_stop.Token);
    }

    /// <summary>The largest managed heap seen: bytes allocated and not yet collected, or the heap after a collection.</summary>
    public long PeakManagedHeap => Interlocked.Read(ref _peakHeap);

    public async Task SampleNowAsync()
    {
        var metrics = await _operator.ScrapeAsync();
        var heap = (long)Math.Max(metrics.Sum("dotnet_total_memory_bytes"), metrics.Sum("dotnet_gc_heap_size_bytes"));
        var current = Interlocked.Read(ref _peakHeap);
        while (heap > current)
        {
            var seen = Interlocked.CompareExchange(ref _peakHeap, heap, current);
            if (seen == current)
            {
                break;
            }

            current = seen;
        }
    }

    private async Task SampleAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            do
            {
                try
                {
                    await SampleNowAsync();
                }
                catch (InvalidOperationException)
                {
                    // A missed sample (the scrape timed out under load); the final one after the run reports a dead endpoint.
                }
            }
            while (await timer.WaitForNextTickAsync(cancellationToken));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _sampling;
        await SampleNowAsync();
        _stop.Dispose();
    }
}
