using System.Diagnostics;
using System.Diagnostics.Metrics;
using Ferry.Runtime;

namespace Ferry.Controllers.SecretStores;

/// <summary>
/// ESO's store gauges: <c>&lt;kind&gt;_status_condition{name,namespace,condition,status}</c> (both the True and the False
/// series, the inactive one at 0) and <c>&lt;kind&gt;_reconcile_duration{name,namespace}</c>, which ESO records in
/// nanoseconds. One instance per store kind (prefix <c>secretstore</c> or <c>clustersecretstore</c>). The gauges are
/// up-down counters moved by the difference to the new value, which is how Ferry's exporter renders a gauge.
/// </summary>
public sealed class StoreMetrics : IDisposable
{
    public const string MeterName = "Ferry.Controllers";

    private readonly Lock _gate = new();
    private readonly Dictionary<ObjectKey, (double Ready, double Duration)> _last = [];
    private readonly UpDownCounter<double> _condition;
    private readonly UpDownCounter<double> _duration;

    public StoreMetrics(string prefix, IMeterFactory? meterFactory = null)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        Meter = meterFactory?.Create(MeterName) ?? new Meter(MeterName);
        _condition = Meter.CreateUpDownCounter<double>($"{prefix}_status_condition", description: "The Ready condition of a store (1 active, 0 inactive).");
        _duration = Meter.CreateUpDownCounter<double>($"{prefix}_reconcile_duration", description: "How long the last reconcile of a store took, in nanoseconds.");
    }

    public Meter Meter { get; }

    public void Dispose() => Meter.Dispose();

    internal void Record(ObjectKey key, bool ready, TimeSpan duration) => Move(key, ready ? 1 : 0, duration.Ticks * 100d);

    /// <summary>The store is gone: its series drop to 0.</summary>
    internal void Forget(ObjectKey key)
    {
        lock (_gate)
        {
            if (!_last.Remove(key, out var last))
            {
                return;
            }

            _condition.Add(-last.Ready, Tags(key, "True"));
            _condition.Add(-(1 - last.Ready), Tags(key, "False"));
            _duration.Add(-last.Duration, Tags(key));
        }
    }

    private void Move(ObjectKey key, double ready, double duration)
    {
        lock (_gate)
        {
            var last = _last.GetValueOrDefault(key, (Ready: 0, Duration: 0));
            var wasKnown = _last.ContainsKey(key);
            _last[key] = (ready, duration);
            _condition.Add(ready - last.Ready, Tags(key, "True"));
            _condition.Add((1 - ready) - (wasKnown ? 1 - last.Ready : 0), Tags(key, "False"));
            _duration.Add(duration - last.Duration, Tags(key));
        }
    }

    private static TagList Tags(ObjectKey key) => new()
    {
        { "name", key.Name },
        { "namespace", key.Namespace ?? "" },
    };

    private static TagList Tags(ObjectKey key, string status) => new()
    {
        { "name", key.Name },
        { "namespace", key.Namespace ?? "" },
        { "condition", "Ready" },
        { "status", status },
    };
}
