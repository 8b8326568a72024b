namespace Ferry.Runtime.Queues;

/// <summary>How a work queue rates and retries keys.</summary>
public sealed record WorkQueueOptions
{
    /// <summary>The name in metrics and logs (normally the controller's name).</summary>
    public string Name { get; init; } = "default";

    /// <summary>Per-key retry delays after failures.</summary>
    public ExponentialBackoff Backoff { get; init; } = ExponentialBackoff.Default;

    /// <summary>
    /// The overall rate at which workers may take keys; zero or less is unlimited, the default, because the API
    /// client has its own QPS limit and a low overall rate is what gave ESO minutes of queue latency at scale.
    /// </summary>
    public double TakesPerSecond { get; init; }

    public int Burst { get; init; } = 100;
}
