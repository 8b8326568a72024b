using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Ferry.Runtime.Diagnostics;

/// <summary>
/// The runtime's instruments on one <see cref="Meter"/> named <see cref="MeterName"/>. Names are Prometheus-style
/// (snake_case, unit and _total suffixes) and are controller-runtime's, which ESO exposes, so ESO dashboards keep working.
/// </summary>
public sealed class RuntimeMetrics : IDisposable
{
    public const string MeterName = "Ferry.Runtime";

    private readonly Counter<long> _reconcileTotal;
    private readonly Counter<long> _reconcileErrors;
    private readonly Histogram<double> _reconcileTime;
    private readonly UpDownCounter<long> _queueDepth;
    private readonly Counter<long> _queueAdds;
    private readonly Histogram<double> _queueLatency;
    private readonly Histogram<double> _workDuration;
    private readonly Counter<long> _queueRetries;
    private readonly Counter<long> _informerLists;
    private readonly Counter<long> _informerWatches;
    private readonly Counter<long> _informerWatchErrors;
    private readonly Counter<long> _apiRequests;
    private readonly UpDownCounter<long> _activeWorkers;
    private readonly Counter<long> _leaderTransitions;
    private readonly Counter<long> _eventsDropped;

    public RuntimeMetrics(IMeterFactory? meterFactory = null)
    {
        Meter = meterFactory?.Create(MeterName) ?? new Meter(MeterName);
        _reconcileTotal = Meter.CreateCounter<long>("controller_runtime_reconcile_total", description: "Reconciles by controller and result.");
        _reconcileErrors = Meter.CreateCounter<long>("controller_runtime_reconcile_errors_total", description: "Reconciles that failed.");
        _reconcileTime = Meter.CreateHistogram<double>("controller_runtime_reconcile_time_seconds", "s", "How long a reconcile took.");
        _activeWorkers = Meter.CreateUpDownCounter<long>("controller_runtime_active_workers", description: "Workers reconciling now.");
        _queueDepth = Meter.CreateUpDownCounter<long>("workqueue_depth", description: "Keys waiting in the queue.");
        _queueAdds = Meter.CreateCounter<long>("workqueue_adds_total", description: "Keys added to the queue.");
        _queueLatency = Meter.CreateHistogram<double>("workqueue_queue_duration_seconds", "s", "How long a key waited before a worker took it.");
        _workDuration = Meter.CreateHistogram<double>("workqueue_work_duration_seconds", "s", "How long a worker held a key.");
        _queueRetries = Meter.CreateCounter<long>("workqueue_retries_total", description: "Keys re-added with backoff.");
        _informerLists = Meter.CreateCounter<long>("informer_list_total", description: "Lists an informer made.");
        _informerWatches = Meter.CreateCounter<long>("informer_watch_total", description: "Watches an informer opened.");
        _informerWatchErrors = Meter.CreateCounter<long>("informer_watch_errors_total", description: "Watches that ended with an error.");
        _apiRequests = Meter.CreateCounter<long>("rest_client_requests_total", description: "API requests by verb and HTTP code.");
        _leaderTransitions = Meter.CreateCounter<long>("leader_election_transitions_total", description: "Leadership gained or lost.");
        _eventsDropped = Meter.CreateCounter<long>("ferry_events_dropped_total", description: "Events dropped because they were recorded while the recorder stopped or their caller was cancelled.");
        ProcessInstruments.Register(Meter);
    }

    public Meter Meter { get; }

    internal void Reconciled(string controller, string result, TimeSpan duration)
    {
        _reconcileTotal.Add(1, new TagList { { "controller", controller }, { "result", result } });
        if (result == "error")
        {
            _reconcileErrors.Add(1, new KeyValuePair<string, object?>("controller", controller));
        }

        _reconcileTime.Record(duration.TotalSeconds, new KeyValuePair<string, object?>("controller", controller));
    }

    internal void WorkerActive(string controller, int delta) => _activeWorkers.Add(delta, new KeyValuePair<string, object?>("controller", controller));

    internal void QueueDepth(string queue, int delta) => _queueDepth.Add(delta, new KeyValuePair<string, object?>("name", queue));

    internal void QueueAdd(string queue) => _queueAdds.Add(1, new KeyValuePair<string, object?>("name", queue));

    internal void QueueLatency(string queue, TimeSpan waited) => _queueLatency.Record(waited.TotalSeconds, new KeyValuePair<string, object?>("name", queue));

    internal void QueueWork(string queue, TimeSpan held) => _workDuration.Record(held.TotalSeconds, new KeyValuePair<string, object?>("name", queue));

    internal void QueueRetry(string queue) => _queueRetries.Add(1, new KeyValuePair<string, object?>("name", queue));

    internal void InformerList(string resource) => _informerLists.Add(1, new KeyValuePair<string, object?>("resource", resource));

    internal void InformerWatch(string resource) => _informerWatches.Add(1, new KeyValuePair<string, object?>("resource", resource));

    internal void InformerWatchError(string resource, string kind) =>
        _informerWatchErrors.Add(1, new TagList { { "resource", resource }, { "reason", kind } });

    internal void ApiRequest(string verb, string code) => _apiRequests.Add(1, new TagList { { "method", verb }, { "code", code } });

    internal void LeaderTransition(string lease, bool leading) =>
        _leaderTransitions.Add(1, new TagList { { "name", lease }, { "leading", leading ? "true" : "false" } });

    internal void EventDropped(string recorder) => _eventsDropped.Add(1, new KeyValuePair<string, object?>("recorder", recorder));

    public void Dispose() => Meter.Dispose();
}
