using System.Diagnostics.Metrics;
using System.Globalization;
using System.Text.RegularExpressions;
using Ferry.Runtime.Diagnostics;

namespace Ferry.Runtime.Tests.Diagnostics;

public sealed class PrometheusExporterTests
{
    [Fact]
    public void Render_ObservableGauge_ShowsTheLastReadingNotASum()
    {
        using var meter = new Meter("test.observable");
        var reading = 5L;
        meter.CreateObservableGauge("queue_size", () => reading);
        using var exporter = new PrometheusExporter(meter);

        Assert.Contains("queue_size 5\n", exporter.Render());
        reading = 3;
        var text = exporter.Render();

        Assert.Contains("# TYPE queue_size gauge", text);
        Assert.Contains("queue_size 3\n", text);
    }

    [Fact]
    public void Render_ObservableCounter_IsACounterWithItsRunningTotal()
    {
        using var meter = new Meter("test.observable.counter");
        var total = 7L;
        meter.CreateObservableCounter("things_total", () => total);
        using var exporter = new PrometheusExporter(meter);

        exporter.Render();
        total = 9;
        var text = exporter.Render();

        Assert.Contains("# TYPE things_total counter", text);
        Assert.Contains("things_total 9\n", text);
    }

    [Fact]
    public void Render_RuntimeMetrics_IncludeTheProcessMemoryAndCpu()
    {
        using var metrics = new RuntimeMetrics();
        using var exporter = new PrometheusExporter(metrics.Meter);
        // The GC's figures describe the last collection; make sure there was one.
        GC.Collect();

        var text = exporter.Render();

        Assert.Contains("# TYPE process_resident_memory_bytes gauge", text);
        Assert.Contains("# TYPE process_cpu_seconds_total counter", text);
        Assert.Contains("# TYPE dotnet_gc_heap_size_bytes gauge", text);
        Assert.Contains("dotnet_collection_count_total{generation=\"2\"} ", text);
        Assert.True(Value(text, "process_resident_memory_bytes") > 1 << 20, "a .NET process holds more than 1 MiB resident");
        Assert.True(Value(text, "dotnet_total_memory_bytes") > 0, "the managed heap holds something");
        Assert.True(Value(text, "dotnet_gc_heap_size_bytes") > 0, "the heap held something after the collection");
        Assert.True(Value(text, "dotnet_gc_committed_bytes") > 0, "the GC has committed memory");
    }

    private static double Value(string text, string name) =>
        double.Parse(Regex.Match(text, $"^{name} (\\S+)$", RegexOptions.Multiline).Groups[1].Value, CultureInfo.InvariantCulture);
}
