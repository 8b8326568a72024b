namespace Ferry.Runtime.Leadership;

/// <summary>Which Lease to hold and how; the timings are ESO's (and client-go's) defaults.</summary>
public sealed record LeaderElectionOptions
{
    /// <summary>The Lease's name (ESO: <c>external-secrets-controller</c>).</summary>
    public required string LeaseName { get; init; }

    public required string LeaseNamespace { get; init; }

    /// <summary>This replica's identity, normally the pod name plus a random suffix.</summary>
    public required string Identity { get; init; }

    /// <summary>How long a lease stays valid after its last renewal, as seen by followers.</summary>
    public TimeSpan LeaseDuration { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>A leader that could not renew for this long gives up leadership.</summary>
    public TimeSpan RenewDeadline { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Time between attempts to acquire or renew.</summary>
    public TimeSpan RetryPeriod { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Clear the holder on shutdown so a successor takes over at once instead of after a lease duration.</summary>
    public bool ReleaseOnCancel { get; init; } = true;
}
