using Ferry.Runtime.Leadership;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Ferry.Runtime;

/// <summary>
/// Runs the runnables of one process: caches and servers at once on every replica; controllers only while this
/// replica holds the lease (or at once without leader election). Losing the lease stops the manager, as
/// controller-runtime does: a replica that may have missed writes should start again from a fresh cache.
/// On shutdown the controllers finish first, then the lease is released.
/// </summary>
public sealed partial class Manager : BackgroundService
{
    private readonly List<IRunnable> _runnables = [];
    private readonly LeaderElection? _election;
    private readonly ILogger _logger;
    private int _leaderRunnablesStarted;

    public Manager(LeaderElection? election, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(logger);
        _election = election;
        _logger = logger;
    }

    /// <summary>True once every cache has synced (the /readyz answer).</summary>
    public bool IsReady => _runnables.OfType<ISyncable>().All(s => s.HasSynced);

    /// <summary>True once the controllers run (this replica leads, or there is no election).</summary>
    public bool IsRunningControllers => Volatile.Read(ref _leaderRunnablesStarted) == 1;

    public Manager Add(IRunnable runnable)
    {
        ArgumentNullException.ThrowIfNull(runnable);
        _runnables.Add(runnable);
        return this;
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var everywhere = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var always = _runnables.Where(r => !r.NeedsLeaderElection).Select(r => r.RunAsync(everywhere.Token)).ToList();
        using var electionStop = new CancellationTokenSource();
        var election = _election?.RunAsync(electionStop.Token) ?? Task.CompletedTask;
        try
        {
            await RunLeaderRunnablesAsync(cancellationToken);
        }
        finally
        {
            Volatile.Write(ref _leaderRunnablesStarted, 0);
            await electionStop.CancelAsync();
            await election;
            await everywhere.CancelAsync();
            await Task.WhenAll(always);
        }
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => RunAsync(stoppingToken);

    private async Task RunLeaderRunnablesAsync(CancellationToken cancellationToken)
    {
        var term = CancellationToken.None;
        if (_election is not null)
        {
            try
            {
                term = await _election.WaitForLeadershipAsync(cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
        }

        using var leading = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, term);
        Volatile.Write(ref _leaderRunnablesStarted, 1);
        var leaderRunnables = _runnables.Where(r => r.NeedsLeaderElection).ToList();
        Log.StartingControllers(_logger, leaderRunnables.Count);
        await Task.WhenAll(leaderRunnables.Select(r => r.RunAsync(leading.Token)));
        if (term.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            Log.LeadershipLost(_logger);
            throw new InvalidOperationException("Leader election lost; the manager stopped its controllers.");
        }
    }
}
