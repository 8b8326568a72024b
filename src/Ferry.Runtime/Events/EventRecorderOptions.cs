namespace Ferry.Runtime.Events;

public sealed record EventRecorderOptions
{
    /// <summary>The reportingController field, e.g. <c>external-secrets</c>.</summary>
    public required string Controller { get; init; }

    /// <summary>The reportingInstance field, normally the pod name.</summary>
    public required string Instance { get; init; }

    /// <summary>A repeat within this window joins the existing Event's series; later it starts a new Event.</summary>
    public TimeSpan AggregationWindow { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>A series is written at most this often; repeats in between are counted and written with the next one.</summary>
    public TimeSpan SeriesUpdateInterval { get; init; } = TimeSpan.FromSeconds(30);
}
