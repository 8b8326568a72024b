using System.Diagnostics.Metrics;

namespace Ferry.Benchmarks.Operator;

/// <summary>
/// Counts the API requests one client makes, by verb, from its <c>rest_client_requests_total</c> instrument (the
/// client's own meter instance, so other clients in the process are not counted).
/// </summary>
internal sealed class RequestCounter : IDisposable
{
    private static readonly string[] WriteVerbs = ["POST", "PUT", "PATCH", "DELETE"];

    private readonly MeterListener _listener = new();
    private readonly Lock _gate = new();
    private readonly Dictionary<string, long> _byVerb = new(StringComparer.Ordinal);

    public RequestCounter(Meter meter)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (ReferenceEquals(instrument.Meter, meter) && instrument.Name == "rest_client_requests_total")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "method" && tag.Value is string verb)
                {
                    lock (_gate)
                    {
                        _byVerb[verb] = _byVerb.GetValueOrDefault(verb) + value;
                    }
                }
            }
        });
        _listener.Start();
    }

    public IReadOnlyDictionary<string, long> Snapshot()
    {
        lock (_gate)
        {
            return new Dictionary<string, long>(_byVerb, StringComparer.Ordinal);
        }
    }

    public static long Writes(IReadOnlyDictionary<string, long> counts) => WriteVerbs.Sum(verb => counts.GetValueOrDefault(verb));

    public void Dispose() => _listener.Dispose();
}
