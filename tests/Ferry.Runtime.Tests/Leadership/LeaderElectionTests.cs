using Ferry.Runtime.Client;
using Ferry.Runtime.Leadership;
using Ferry.Testing;
using k8s.Models;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Ferry.Runtime.Tests.Leadership;

[Trait("Category", "Integration")]
public sealed class LeaderElectionTests(ClusterFixture cluster) : IClassFixture<ClusterFixture>
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);

    [Fact]
    public async Task Run_LeaderStopsRenewing_FollowerTakesOverAfterTheLeaseExpires()
    {
        var ns = await cluster.CreateNamespaceAsync("lease");
        using var first = new Replica(cluster, _time, ns, "first", releaseOnCancel: false);
        using var second = new Replica(cluster, _time, ns, "second", releaseOnCancel: false);
        first.Start();
        await AdvanceUntil(() => first.Controller.Running, "the first replica leads");
        second.Start();
        await AdvanceUntil(() => second.Election.Attempts >= 2, "the second replica has tried");
        Assert.False(second.Controller.Running);

        await first.StopAsync();
        Assert.False(first.Controller.Running);
        var stoppedAt = _time.GetUtcNow();
        await AdvanceUntil(() => second.Controller.Running, "the second replica takes over");

        Assert.True(_time.GetUtcNow() - stoppedAt >= TimeSpan.FromSeconds(10), "a follower must wait for the lease to expire");
        var lease = await cluster.Client.GetAsync<V1Lease>(ResourceType.For<V1Lease>(), ns, "ferry-test", CancellationToken.None);
        Assert.Equal("second", lease?.Spec.HolderIdentity);
        Assert.Equal(1, lease?.Spec.LeaseTransitions);
        await second.StopAsync();
    }

    [Fact]
    public async Task Run_LeaderShutsDownCleanly_FollowerTakesOverAtOnce()
    {
        var ns = await cluster.CreateNamespaceAsync("release");
        using var first = new Replica(cluster, _time, ns, "first", releaseOnCancel: true);
        using var second = new Replica(cluster, _time, ns, "second", releaseOnCancel: true);
        first.Start();
        await AdvanceUntil(() => first.Controller.Running, "the first replica leads");
        second.Start();
        await AdvanceUntil(() => second.Election.Attempts >= 2, "the second replica has tried");

        await first.StopAsync();
        var lease = await cluster.Client.GetAsync<V1Lease>(ResourceType.For<V1Lease>(), ns, "ferry-test", CancellationToken.None);
        Assert.Null(lease?.Spec.HolderIdentity);
        var stoppedAt = _time.GetUtcNow();
        await AdvanceUntil(() => second.Controller.Running, "the second replica takes over");

        Assert.True(_time.GetUtcNow() - stoppedAt < TimeSpan.FromSeconds(5), "a released lease is free at the next retry");
        await second.StopAsync();
    }

    [Fact]
    public async Task Run_NoLeaseYet_FirstReplicaCreatesItAndLeads()
    {
        var ns = await cluster.CreateNamespaceAsync("create");
        using var only = new Replica(cluster, _time, ns, "only", releaseOnCancel: true);
        only.Start();

        await AdvanceUntil(() => only.Controller.Running, "the replica leads");
        Assert.True(only.Election.IsLeader);
        await only.StopAsync();
        Assert.False(only.Election.IsLeader);
    }

    /// <summary>Moves fake time in small steps while real time lets HTTP calls finish.</summary>
    private async Task AdvanceUntil(Func<bool> condition, string because) =>
        await Eventually.True(() =>
        {
            if (condition())
            {
                return true;
            }

            _time.Advance(TimeSpan.FromMilliseconds(50));
            return false;
        }, because, TimeSpan.FromSeconds(60));

    private sealed class Replica : IDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly Manager _manager;
        private Task? _running;

        public Replica(ClusterFixture cluster, TimeProvider time, string ns, string identity, bool releaseOnCancel)
        {
            Election = new LeaderElection(cluster.NewClient(time), new LeaderElectionOptions
            {
                LeaseName = "ferry-test",
                LeaseNamespace = ns,
                Identity = identity,
                ReleaseOnCancel = releaseOnCancel,
            }, time, NullLogger.Instance);
            _manager = new Manager(Election, NullLogger.Instance).Add(Controller);
        }

        public LeaderElection Election { get; }

        public MarkerRunnable Controller { get; } = new();

        public void Start() => _running = _manager.RunAsync(_stop.Token);

        public async Task StopAsync()
        {
            await _stop.CancelAsync();
            await _running!.WaitAsync(TimeSpan.FromSeconds(20));
        }

        public void Dispose()
        {
            _stop.Dispose();
            Election.Dispose();
            _manager.Dispose();
        }
    }

    private sealed class MarkerRunnable : IRunnable
    {
        private int _running;

        public bool NeedsLeaderElection => true;

        public bool Running => Volatile.Read(ref _running) == 1;

        public async Task RunAsync(CancellationToken cancellationToken)
        {
            Volatile.Write(ref _running, 1);
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
            }
            finally
            {
                Volatile.Write(ref _running, 0);
            }
        }
    }
}
