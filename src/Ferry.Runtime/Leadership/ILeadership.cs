namespace Ferry.Runtime.Leadership;

/// <summary>Tells whether this replica leads, and lets work wait for leadership or stop when it ends.</summary>
public interface ILeadership
{
    bool IsLeader { get; }

    /// <summary>Completes with a token that is cancelled when this term of leadership ends.</summary>
    Task<CancellationToken> WaitForLeadershipAsync(CancellationToken cancellationToken);
}
