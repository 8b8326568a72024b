using System.Diagnostics.Metrics;

namespace Ferry.Runtime.Diagnostics;

/// <summary>
/// The process's own memory and CPU as observable instruments, read when /metrics is scraped. Names follow the
/// Prometheus client libraries (<c>process_*</c> as Go's and ESO's exporter has them, <c>dotnet_*</c> as
/// prometheus-net has them), so a dashboard watching an operator's memory finds the usual series.
/// </summary>
internal static class ProcessInstruments
{
    public static void Register(Meter meter)
    {
        meter.CreateObservableGauge("process_resident_memory_bytes", () => Environment.WorkingSet, "By", "Resident memory (working set) of the process.");
        meter.CreateObservableCounter("process_cpu_seconds_total", () => Environment.CpuUsage.TotalTime.TotalSeconds, "s", "User and system CPU time the process used.");
        meter.CreateObservableGauge("dotnet_total_memory_bytes", () => GC.GetTotalMemory(forceFullCollection: false), "By", "Bytes allocated on the managed heap now, garbage not yet collected included.");
        meter.CreateObservableGauge("dotnet_gc_heap_size_bytes", () => GC.GetGCMemoryInfo().HeapSizeBytes, "By", "Managed heap size after the last garbage collection.");
        meter.CreateObservableGauge("dotnet_gc_committed_bytes", () => GC.GetGCMemoryInfo().TotalCommittedBytes, "By", "Memory the garbage collector has committed.");
        meter.CreateObservableCounter("dotnet_collection_count_total", CollectionCounts, description: "Garbage collections by generation.");
    }

    private static IEnumerable<Measurement<long>> CollectionCounts()
    {
        for (var generation = 0; generation <= GC.MaxGeneration; generation++)
        {
            yield return new Measurement<long>(
                GC.CollectionCount(generation),
                new KeyValuePair<string, object?>("generation", generation.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
    }
}
