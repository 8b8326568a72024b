using System.Globalization;
using System.Text.Json.Nodes;
using Ferry.Runtime.Client;
using k8s;
using k8s.Models;

namespace Ferry.Runtime.Events;

/// <summary>
/// Writes events.k8s.io/v1 Events. The first occurrence creates an Event; repeats (same object, type, reason,
/// action and note) within the aggregation window raise its <c>series.count</c>, written at most once per
/// <see cref="EventRecorderOptions.SeriesUpdateInterval"/>. Each call writes before it returns; wrap it in a
/// <see cref="QueuedEventRecorder"/> to take the writes off the caller's path.
/// </summary>
public sealed class EventRecorder : IEventRecorder
{
    private static readonly ResourceType Events = ResourceType.For<Eventsv1Event>();

    private readonly IKubeClient _client;
    private readonly EventRecorderOptions _options;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private DateTimeOffset _lastPrune = DateTimeOffset.MinValue;
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
        Series? toPatch = null;
        var pendingCount = 0;
        lock (_gate)
        {
            Prune(now);
            if (_series.TryGetValue(key, out var known) && now - known.FirstSeen < _options.AggregationWindow)
            {
                known.Count++;
                known.LastSeen = now;

                // While the first Event is still being created there is nothing to patch: the repeat is counted and
                // written with the next one.
                if (known.Name is null || now - known.LastWritten < _options.SeriesUpdateInterval)
                {
                    return;
                }

                known.LastWritten = now;
                toPatch = known;
                pendingCount = known.Count;
            }
            else
            {
                // Registered before the create, so a repeat recorded meanwhile (by another writer) joins it.
                _series[key] = new Series(now);
            }
        }

        if (toPatch?.Name is not { } name)
        {
            await CreateAsync(key, regarding, type, reason, action, note, now, cancellationToken);
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
        await _client.PatchAsync<Eventsv1Event>(Events, toPatch.Namespace, name, patch, null, cancellationToken);
    }

    private async Task CreateAsync(
        string key, IKubernetesObject<V1ObjectMeta> regarding, EventType type, string reason, string action, string note, DateTimeOffset now, CancellationToken cancellationToken)
    {
        Eventsv1Event created;
        try
        {
            created = await _client.CreateAsync(Events, NewEvent(regarding, type, reason, action, note, now), cancellationToken);
        }
        catch
        {
            lock (_gate)
            {
                _series.Remove(key);
            }

            throw;
        }

        lock (_gate)
        {
            if (_series.TryGetValue(key, out var series))
            {
                series.Namespace = created.Metadata.NamespaceProperty;
                series.Name = created.Metadata.Name;
            }
        }
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

    // Expired series are already ignored by the lookup, so this only frees memory: sweeping the whole map on every
    // event would cost O(objects) per event during a first sync of thousands, so sweep at most four times a window.
    private void Prune(DateTimeOffset now)
    {
        if (now - _lastPrune < _options.AggregationWindow / 4)
        {
            return;
        }

        _lastPrune = now;
        foreach (var (key, series) in _series)
        {
            if (now - series.FirstSeen >= _options.AggregationWindow)
            {
                _series.Remove(key);
            }
        }
    }

    private sealed class Series(DateTimeOffset firstSeen)
    {
        /// <summary>Where the Event was created; null while its create is in flight.</summary>
        public string? Namespace { get; set; }

        public string? Name { get; set; }

        public DateTimeOffset FirstSeen { get; } = firstSeen;

        public DateTimeOffset LastSeen { get; set; } = firstSeen;

        public DateTimeOffset LastWritten { get; set; } = firstSeen;

        public int Count { get; set; } = 1;
    }
}
