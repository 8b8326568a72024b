using System.Diagnostics;

namespace Ferry.Benchmarks.Operator;

/// <summary>
/// Samples this process's managed heap and working set a few times a second and keeps the peaks. The kernel's own
/// peak (VmHWM) is reset at the start where Linux allows it, so seeding before the operator starts is not counted.
/// </summary>
internal sealed class MemorySampler : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;
    private long _peakHeap;
    private long _peakWorkingSet;

    public MemorySampler()
    {
        ResetKernelPeak();
        _sampling = SampleAsync(_stop.Token);
    }

    public long PeakManagedHeap => Interlocked.Read(ref _peakHeap);

    public long PeakWorkingSet => Interlocked.Read(ref _peakWorkingSet);

    private async Task SampleAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        do
        {
            Sample();
        }
        while (await WaitAsync(timer, cancellationToken));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken cancellationToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private void Sample()
    {
        var heap = GC.GetGCMemoryInfo().HeapSizeBytes;
        using var process = Process.GetCurrentProcess();
        var workingSet = process.WorkingSet64;
        Max(ref _peakHeap, Math.Max(heap, GC.GetTotalMemory(forceFullCollection: false)));
        Max(ref _peakWorkingSet, workingSet);
    }

    private static void Max(ref long peak, long value)
    {
        var current = Interlocked.Read(ref peak);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref peak, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }

    private static void ResetKernelPeak()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Not Linux, or not allowed: the sampled peak still holds.
        }
    }

    public async ValueTask DisposeAsync()
    {
        Sample();
        await _stop.CancelAsync();
        await _sampling;
        _stop.Dispose();
    }
}
