using System.Globalization;
using System.Text.Json.Nodes;
using Ferry.Runtime.Client;
using k8s;
using k8s.Models;

namespace Ferry.Runtime.Events;

/// <summary>
/// Writes events.k8s.io/v1 Events. The first occurrence creates an Event; repeats (same object, type, reason,
/// action and note) within the aggregation window raise its <c>series.count</c>, written at most once per
/// <see cref="EventRecorderOptions.SeriesUpdateInterval"/>.
/// </summary>
public sealed class EventRecorder : IEventRecorder
{
    private static readonly ResourceType Events = ResourceType.For<Eventsv1Event>();

    private readonly IKubeClient _client;
    private readonly EventRecorderOptions _options;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Series> _series = new(StringComparer.Ordinal);

    public EventRecorder(IKubeClient client, EventRecorderOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        _client = client;
        _options = options;
        _time = time;
    }

    public async Task RecordAsync(IKubernetesObject<V1ObjectMeta> regarding, EventType type, string reason, string action, string note, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(regarding);
        var now = _time.GetUtcNow();
        var key = string.Join('\u0000', regarding.Metadata.Uid, regarding.Kind, regarding.Metadata.NamespaceProperty, regarding.Metadata.Name, type, reason, action, note);
        Series? series;
        int pendingCount;
        lock (_gate)
        {
            Prune(now);
            if (_series.TryGetValue(key, out series) && now - series.FirstSeen < _options.AggregationWindow)
            {
                series.Count++;
                series.LastSeen = now;
                if (now - series.LastWritten < _options.SeriesUpdateInterval)
                {
                    return;
                }

                series.LastWritten = now;
                pendingCount = series.Count;
            }
            else
            {
                series = null;
                pendingCount = 1;
            }
        }

        if (series is null)
        {
            var created = await _client.CreateAsync(Events, NewEvent(regarding, type, reason, action, note, now), cancellationToken);
            lock (_gate)
            {
                _series[key] = new Series(created.Metadata.NamespaceProperty, created.Metadata.Name, now);
            }

            return;
        }

        var seriesBody = new JsonObject
        {
            ["series"] = new JsonObject
            {
                ["count"] = pendingCount,
                ["lastObservedTime"] = now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
            },
        };
        var patch = new V1Patch(seriesBody.ToJsonString(), V1Patch.PatchType.MergePatch);
        await _client.PatchAsync<Eventsv1Event>(Events, series.Namespace, series.Name, patch, null, cancellationToken);
    }

    private Eventsv1Event NewEvent(IKubernetesObject<V1ObjectMeta> regarding, EventType type, string reason, string action, string note, DateTimeOffset now) => new()
    {
        Metadata = new V1ObjectMeta
        {
            GenerateName = $"{regarding.Metadata.Name}.",
            NamespaceProperty = regarding.Metadata.NamespaceProperty ?? "default",
        },
        EventTime = now.UtcDateTime,
        Type = type.ToString(),
        Reason = reason,
        Action = action,
        Note = note.Length > 1024 ? note[..1024] : note,
        ReportingController = _options.Controller,
        ReportingInstance = _options.Instance,
        Regarding = new V1ObjectReference
        {
            ApiVersion = regarding.ApiVersion,
            Kind = regarding.Kind,
            Name = regarding.Metadata.Name,
            NamespaceProperty = regarding.Metadata.NamespaceProperty,
            Uid = regarding.Metadata.Uid,
            ResourceVersion = regarding.Metadata.ResourceVersion,
        },
    };

    private void Prune(DateTimeOffset now)
    {
        foreach (var stale in _series.Where(s => now - s.Value.FirstSeen >= _options.AggregationWindow).Select(s => s.Key).ToList())
        {
            _series.Remove(stale);
        }
    }

    private sealed class Series(string? ns, string name, DateTimeOffset firstSeen)
    {
        public string? Namespace { get; } = ns;

        public string Name { get; } = name;

        public DateTimeOffset FirstSeen { get; } = firstSeen;

        public DateTimeOffset LastSeen { get; set; } = firstSeen;

        public DateTimeOffset LastWritten { get; set; } = firstSeen;

        public int Count { get; set; } = 1;
    }
}
