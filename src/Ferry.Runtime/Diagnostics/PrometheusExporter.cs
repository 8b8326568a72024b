using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Text;

namespace Ferry.Runtime.Diagnostics;

/// <summary>
/// Collects the instruments of the given meters and renders them in the Prometheus text format (0.0.4): counters
/// as counters, up-down counters as gauges, histograms with cumulative buckets, _sum and _count. Observable
/// instruments are read at each render and keep their last value (observable counters report running totals).
/// </summary>
public sealed class PrometheusExporter : IDisposable
{
    private static readonly double[] Buckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300];

    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<Instrument, ConcurrentDictionary<string, Series>> _series = new();

    public PrometheusExporter(params Meter[] meters)
    {
        var watched = meters.ToHashSet();
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (watched.Contains(instrument.Meter))
            {
                _series.TryAdd(instrument, new ConcurrentDictionary<string, Series>(StringComparer.Ordinal));
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.SetMeasurementEventCallback<int>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.Start();
    }

    public string Render()
    {
        _listener.RecordObservableInstruments();
        var text = new StringBuilder();
        foreach (var (instrument, series) in _series.OrderBy(s => s.Key.Name, StringComparer.Ordinal))
        {
            var kind = instrument switch
            {
                Histogram<double> or Histogram<long> => "histogram",
                UpDownCounter<long> or UpDownCounter<int> or UpDownCounter<double> => "gauge",
                ObservableGauge<long> or ObservableGauge<int> or ObservableGauge<double> => "gauge",
                ObservableUpDownCounter<long> or ObservableUpDownCounter<int> or ObservableUpDownCounter<double> => "gauge",
                _ => "counter",
            };
            text.Append("# HELP ").Append(instrument.Name).Append(' ').Append(instrument.Description ?? "").Append('\n');
            text.Append("# TYPE ").Append(instrument.Name).Append(' ').Append(kind).Append('\n');
            foreach (var (labels, value) in series.OrderBy(s => s.Key, StringComparer.Ordinal))
            {
                lock (value)
                {
                    if (kind == "histogram")
                    {
                        var cumulative = 0L;
                        for (var i = 0; i < Buckets.Length; i++)
                        {
                            cumulative += value.BucketCounts[i];
                            AppendSample(text, instrument.Name + "_bucket", WithLabel(labels, "le", Format(Buckets[i])), cumulative);
                        }

                        AppendSample(text, instrument.Name + "_bucket", WithLabel(labels, "le", "+Inf"), value.Count);
                        AppendSample(text, instrument.Name + "_sum", labels, value.Sum);
                        AppendSample(text, instrument.Name + "_count", labels, value.Count);
                    }
                    else
                    {
                        AppendSample(text, instrument.Name, labels, value.Sum);
                    }
                }
            }
        }

        return text.ToString();
    }

    public void Dispose() => _listener.Dispose();

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        if (!_series.TryGetValue(instrument, out var series))
        {
            return;
        }

        var labels = Labels(tags);
        // Only histograms keep buckets: with a series per ExternalSecret, empty bucket arrays on counters and
        // gauges cost 136 bytes each (about 6 MiB at 10,000 ExternalSecrets).
        var entry = series.GetOrAdd(labels, static (_, histogram) => new Series(histogram ? Buckets.Length : 0), instrument is Histogram<double> or Histogram<long>);
        lock (entry)
        {
            entry.Sum = instrument.IsObservable ? value : entry.Sum + value;
            entry.Count++;
            if (entry.BucketCounts.Length > 0)
            {
                var bucket = Array.FindIndex(Buckets, b => value <= b);
                if (bucket >= 0)
                {
                    entry.BucketCounts[bucket]++;
                }
            }
        }
    }

    private static string Labels(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        if (tags.Length == 0)
        {
            return "";
        }

        var pairs = new List<string>(tags.Length);
        foreach (var tag in tags)
        {
            pairs.Add($"{tag.Key}=\"{Escape(Convert.ToString(tag.Value, CultureInfo.InvariantCulture) ?? "")}\"");
        }

        pairs.Sort(StringComparer.Ordinal);
        return string.Join(',', pairs);
    }

    private static string WithLabel(string labels, string name, string value) =>
        labels.Length == 0 ? $"{name}=\"{value}\"" : $"{labels},{name}=\"{value}\"";

    private static void AppendSample(StringBuilder text, string name, string labels, double value)
    {
        text.Append(name);
        if (labels.Length > 0)
        {
            text.Append('{').Append(labels).Append('}');
        }

        text.Append(' ').Append(Format(value)).Append('\n');
    }

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Escape(string value) => value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    private sealed class Series(int buckets)
    {
        public double Sum { get; set; }

        public long Count { get; set; }

        public long[] BucketCounts { get; } = new long[buckets];
    }
}
