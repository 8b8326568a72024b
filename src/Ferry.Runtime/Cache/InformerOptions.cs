using Ferry.Runtime.Queues;

namespace Ferry.Runtime.Cache;

/// <summary>What an informer watches and how it recovers.</summary>
public sealed record InformerOptions
{
    /// <summary>One namespace, or null for all namespaces (and for cluster-scoped kinds).</summary>
    public string? Namespace { get; init; }

    /// <summary>Caches only matching objects, e.g. the Secrets Ferry manages (<c>reconcile.external-secrets.io/managed=true</c>).</summary>
    public string? LabelSelector { get; init; }

    public string? FieldSelector { get; init; }

    /// <summary>List in pages of this size so a large kind does not arrive as one giant response; null lists at once.</summary>
    public int? PageSize { get; init; } = 500;

    /// <summary>Replays every cached object to the handlers this often; null never does.</summary>
    public TimeSpan? ResyncPeriod { get; init; }

    /// <summary>The server ends each watch after a random time between these, so no stream lives forever.</summary>
    public TimeSpan MinWatchTimeout { get; init; } = TimeSpan.FromMinutes(5);

    public TimeSpan MaxWatchTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>A watch that delivers nothing (not even a bookmark) for this long is dropped and reopened.</summary>
    public TimeSpan InactivityTimeout { get; init; } = TimeSpan.FromMinutes(11);

    /// <summary>Delay between failed list or watch attempts; jittered by up to 50%.</summary>
    public ExponentialBackoff RestartBackoff { get; init; } = new(TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(30));

    /// <summary>Drop metadata.managedFields before caching (often the biggest part of an object).</summary>
    public bool StripManagedFields { get; init; } = true;
}
