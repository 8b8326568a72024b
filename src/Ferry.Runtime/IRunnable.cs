namespace Ferry.Runtime;

/// <summary>Something the manager runs until shutdown: an informer, a controller, a server.</summary>
public interface IRunnable
{
    /// <summary>True for work only the leader may do (controllers); false for work every replica does (caches).</summary>
    bool NeedsLeaderElection { get; }

    Task RunAsync(CancellationToken cancellationToken);
}
