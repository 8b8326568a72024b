using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Ferry.Controllers.ExternalSecrets;

/// <summary>
/// ESO's externalsecret_* metrics with its names, labels and quirks (eso-behaviour.md §3.1): the condition gauge
/// has a True and a False series, one of them 0; the reconcile duration gauge holds nanoseconds. Gauges are
/// up-down counters fed the difference to their last value, so the exporter renders the value as a gauge.
/// </summary>
internal sealed class ExternalSecretMetrics : IDisposable
{
    public const string MeterName = "Ferry.Controllers.ExternalSecrets";

    private readonly Counter<long> _syncCalls;
    private readonly Counter<long> _syncErrors;
    private readonly UpDownCounter<double> _condition;
    private readonly UpDownCounter<double> _duration;
    private readonly Counter<long> _providerCalls;
    private readonly ConcurrentDictionary<(string Name, string Namespace, string Condition, string Status), double> _conditionValues = new();
    private readonly ConcurrentDictionary<(string Name, string Namespace), double> _durationValues = new();

    public ExternalSecretMetrics(IMeterFactory? meterFactory = null)
    {
        Meter = meterFactory?.Create(MeterName) ?? new Meter(MeterName);
        _syncCalls = Meter.CreateCounter<long>("externalsecret_sync_calls_total", description: "Total number of the External Secret sync calls");
        _syncErrors = Meter.CreateCounter<long>("externalsecret_sync_calls_error", description: "Total number of the External Secret sync errors");
        _condition = Meter.CreateUpDownCounter<double>("externalsecret_status_condition", description: "The status condition of a specific External Secret");
        _duration = Meter.CreateUpDownCounter<double>("externalsecret_reconcile_duration", description: "The duration time to reconcile the External Secret");
        _providerCalls = Meter.CreateCounter<long>("externalsecret_provider_api_calls_count", description: "Number of API calls towards the secret provider");
    }

    public Meter Meter { get; }

    public void SyncCall(string name, string ns) => _syncCalls.Add(1, Tags(name, ns));

    public void SyncError(string name, string ns) => _syncErrors.Add(1, Tags(name, ns));

    public void ReconcileDuration(string name, string ns, TimeSpan duration)
    {
        var nanoseconds = duration.Ticks * 100.0;
        var previous = _durationValues.GetValueOrDefault((name, ns));
        _durationValues[(name, ns)] = nanoseconds;
        _duration.Add(nanoseconds - previous, Tags(name, ns));
    }

    /// <summary>Sets the Ready gauge: the series of <paramref name="status"/> to 1 and the opposite one to 0.</summary>
    public void ReadyCondition(string name, string ns, string status)
    {
        SetCondition(name, ns, "Ready", "True", status == "True" ? 1 : 0);
        SetCondition(name, ns, "Ready", "False", status == "False" ? 1 : 0);
    }

    /// <summary>The ExternalSecret is gone: its gauges drop to 0 (ESO deletes the series; the exporter cannot).</summary>
    public void Forget(string name, string ns)
    {
        SetCondition(name, ns, "Ready", "True", 0);
        SetCondition(name, ns, "Ready", "False", 0);
        if (_durationValues.TryRemove((name, ns), out var previous))
        {
            _duration.Add(-previous, Tags(name, ns));
        }
    }

    public void ProviderCall(string provider, string call, bool success) =>
        _providerCalls.Add(1, new TagList { { "provider", provider }, { "call", call }, { "status", success ? "success" : "error" } });

    public void Dispose() => Meter.Dispose();

    private void SetCondition(string name, string ns, string condition, string status, double value)
    {
        var key = (name, ns, condition, status);
        var previous = _conditionValues.GetValueOrDefault(key);
        if (previous == value && _conditionValues.ContainsKey(key))
        {
            return;
        }

        _conditionValues[key] = value;
        _condition.Add(value - previous, new TagList { { "name", name }, { "namespace", ns }, { "condition", condition }, { "status", status } });
    }

    private static TagList Tags(string name, string ns) => new() { { "name", name }, { "namespace", ns } };
}
