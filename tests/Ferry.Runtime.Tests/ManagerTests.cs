using Ferry.Runtime.Cache;
using Ferry.Runtime.Controllers;
using Ferry.Testing;
using k8s.Models;
using Microsoft.Extensions.Logging.Abstractions;

namespace Ferry.Runtime.Tests;

[Trait("Category", "Integration")]
public sealed class ManagerTests(ClusterFixture cluster) : IClassFixture<ClusterFixture>
{
    [Fact]
    public async Task Run_WithoutElection_SyncsCachesThenReconcilesEveryObject()
    {
        var ns = await cluster.CreateNamespaceAsync("manager");
        await cluster.Client.CreateAsync(ClusterFixture.ConfigMaps, ClusterFixture.ConfigMap(ns, "existing"), CancellationToken.None);
        var informer = new Informer<V1ConfigMap>(cluster.Client, ClusterFixture.ConfigMaps, new InformerOptions { Namespace = ns }, TimeProvider.System, NullLogger.Instance);
        var reconciler = new RecordingReconciler();
        using var controller = new Controller<ObjectKey>(new ControllerOptions { Name = "configmaps", Workers = 2 }, reconciler, TimeProvider.System, NullLogger.Instance);
        controller.Watch(informer, c => [ObjectKey.Of(c)]);
        using var manager = new Manager(null, NullLogger.Instance).Add(informer).Add(controller);
        using var stop = new CancellationTokenSource();
        Assert.False(manager.IsReady);

        var running = manager.RunAsync(stop.Token);
        await Eventually.True(() => manager.IsReady, "the manager is ready once the cache synced");
        await cluster.Client.CreateAsync(ClusterFixture.ConfigMaps, ClusterFixture.ConfigMap(ns, "added"), CancellationToken.None);

        await Eventually.True(() => reconciler.Seen.Contains(new ObjectKey(ns, "existing")) && reconciler.Seen.Contains(new ObjectKey(ns, "added")), "both objects are reconciled");
        Assert.True(manager.IsRunningControllers);
        await stop.CancelAsync();
        await running.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.False(manager.IsRunningControllers);
    }

    private sealed class RecordingReconciler : IReconciler<ObjectKey>
    {
        public System.Collections.Concurrent.ConcurrentBag<ObjectKey> Seen { get; } = [];

        public ValueTask<ReconcileResult> ReconcileAsync(ObjectKey key, CancellationToken cancellationToken)
        {
            Seen.Add(key);
            return ValueTask.FromResult(ReconcileResult.Done);
        }
    }
}
