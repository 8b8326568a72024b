using Ferry.Runtime.Client;
using Ferry.Runtime.Diagnostics;
using k8s.Models;
using Microsoft.Extensions.Logging;

namespace Ferry.Runtime.Leadership;

/// <summary>
/// Leader election on a coordination.k8s.io Lease, on a <see cref="TimeProvider"/>. Followers judge expiry by their
/// own clock from the moment they last saw the lease record change (as client-go does), so clock skew between
/// replicas does not matter. On shutdown the leader clears the holder, so a successor starts at once.
/// </summary>
public sealed partial class LeaderElection : ILeadership, IRunnable, IDisposable
{
    private static readonly ResourceType Leases = ResourceType.For<V1Lease>();

    private readonly IKubeClient _client;
    private readonly LeaderElectionOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly RuntimeMetrics? _metrics;
    private readonly Lock _gate = new();
    private TaskCompletionSource<CancellationToken> _leading = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private CancellationTokenSource? _term;
    private string? _observedRecord;
    private DateTimeOffset _observedAt;
    private int _attempts;

    public LeaderElection(IKubeClient client, LeaderElectionOptions options, TimeProvider time, ILogger logger, RuntimeMetrics? metrics = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        _client = client;
        _options = options;
        _time = time;
        _logger = logger;
        _metrics = metrics;
    }

    public bool IsLeader
    {
        get
        {
            lock (_gate)
            {
                return _term is not null;
            }
        }
    }

    /// <summary>How many acquire or renew attempts have finished (lets tests step time one attempt at a time).</summary>
    internal int Attempts => Volatile.Read(ref _attempts);

    bool IRunnable.NeedsLeaderElection => false;

    public Task<CancellationToken> WaitForLeadershipAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return _leading.Task.WaitAsync(cancellationToken);
        }
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var lastRenew = _time.GetUtcNow();
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var held = await TryAcquireOrRenewAsync(cancellationToken);
                Interlocked.Increment(ref _attempts);
                var now = _time.GetUtcNow();
                if (held)
                {
                    lastRenew = now;
                    BecomeLeader();
                }
                else if (IsLeader && now - lastRenew >= _options.RenewDeadline)
                {
                    Log.Lost(_logger, _options.LeaseName, _options.Identity);
                    StepDown();
                }

                await Task.Delay(_options.RetryPeriod, _time, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutdown: fall through to release.
        }
        finally
        {
            if (IsLeader)
            {
                StepDown();
                if (_options.ReleaseOnCancel)
                {
                    await ReleaseAsync();
                }
            }
        }
    }

    public void Dispose() => StepDown();

    private async Task<bool> TryAcquireOrRenewAsync(CancellationToken cancellationToken)
    {
        try
        {
            var now = _time.GetUtcNow();
            var lease = await _client.GetAsync<V1Lease>(Leases, _options.LeaseNamespace, _options.LeaseName, cancellationToken);
            if (lease is null)
            {
                await _client.CreateAsync(Leases, NewLease(now), cancellationToken);
                return true;
            }

            var spec = lease.Spec ??= new V1LeaseSpec();
            var record = $"{spec.HolderIdentity}|{spec.RenewTime:O}|{spec.LeaseDurationSeconds}";
            if (record != _observedRecord)
            {
                _observedRecord = record;
                _observedAt = now;
            }

            var holder = spec.HolderIdentity;
            var mine = holder == _options.Identity;
            var duration = TimeSpan.FromSeconds(spec.LeaseDurationSeconds ?? (int)_options.LeaseDuration.TotalSeconds);
            if (!mine && !string.IsNullOrEmpty(holder) && _observedAt + duration > now)
            {
                return false;
            }

            if (!mine)
            {
                spec.AcquireTime = now.UtcDateTime;
                spec.LeaseTransitions = (spec.LeaseTransitions ?? 0) + 1;
            }

            spec.HolderIdentity = _options.Identity;
            spec.LeaseDurationSeconds = (int)_options.LeaseDuration.TotalSeconds;
            spec.RenewTime = now.UtcDateTime;
            await _client.UpdateAsync(Leases, lease, cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Conflict (another replica won the race) and API errors alike: retry after the retry period.
            var kind = ApiError.Classify(ex);
            Log.AttemptFailed(_logger, _options.LeaseName, kind, ex);
            return false;
        }
    }

    private async Task ReleaseAsync()
    {
        try
        {
            // The run token is cancelled by now; give the release its own short deadline.
            using var timeout = new CancellationTokenSource(_options.RetryPeriod);
            var lease = await _client.GetAsync<V1Lease>(Leases, _options.LeaseNamespace, _options.LeaseName, timeout.Token);
            if (lease?.Spec?.HolderIdentity != _options.Identity)
            {
                return;
            }

            lease.Spec.HolderIdentity = null;
            lease.Spec.LeaseDurationSeconds = 1;
            lease.Spec.RenewTime = _time.GetUtcNow().UtcDateTime;
            await _client.UpdateAsync(Leases, lease, timeout.Token);
            Log.Released(_logger, _options.LeaseName, _options.Identity);
        }
        catch (Exception ex)
        {
            Log.ReleaseFailed(_logger, _options.LeaseName, ex);
        }
    }

    private V1Lease NewLease(DateTimeOffset now) => new()
    {
        Metadata = new V1ObjectMeta { Name = _options.LeaseName, NamespaceProperty = _options.LeaseNamespace },
        Spec = new V1LeaseSpec
        {
            HolderIdentity = _options.Identity,
            LeaseDurationSeconds = (int)_options.LeaseDuration.TotalSeconds,
            AcquireTime = now.UtcDateTime,
            RenewTime = now.UtcDateTime,
            LeaseTransitions = 0,
        },
    };

    private void BecomeLeader()
    {
        lock (_gate)
        {
            if (_term is not null)
            {
                return;
            }

            _term = new CancellationTokenSource();
            _leading.TrySetResult(_term.Token);
        }

        _metrics?.LeaderTransition(_options.LeaseName, leading: true);
        Log.Acquired(_logger, _options.LeaseName, _options.Identity);
    }

    private void StepDown()
    {
        CancellationTokenSource? term;
        lock (_gate)
        {
            term = _term;
            _term = null;
            if (term is not null)
            {
                _leading = new TaskCompletionSource<CancellationToken>(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }

        if (term is null)
        {
            return;
        }

        _metrics?.LeaderTransition(_options.LeaseName, leading: false);
        term.Cancel();
        term.Dispose();
    }
}
