using Ferry.Runtime.Queues;

namespace Ferry.Runtime.Controllers;

/// <summary>How a controller runs.</summary>
public sealed record ControllerOptions
{
    /// <summary>The name in logs and metrics, e.g. "externalsecret".</summary>
    public required string Name { get; init; }

    /// <summary>Keys reconciled at once (controller-runtime's MaxConcurrentReconciles; ESO's --concurrent).</summary>
    public int Workers { get; init; } = 1;

    /// <summary>How long in-flight reconciles may run on after shutdown starts before they are cancelled.</summary>
    public TimeSpan ShutdownTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long to wait for the watched caches to sync before giving up.</summary>
    public TimeSpan CacheSyncTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Per-key backoff and the overall bucket; its name is always the controller's.</summary>
    public WorkQueueOptions? Queue { get; init; }
}
