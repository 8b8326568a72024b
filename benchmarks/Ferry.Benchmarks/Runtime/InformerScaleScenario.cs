using System.Diagnostics;
using Ferry.LocalCluster;
using Ferry.Runtime;
using Ferry.Runtime.Cache;
using Ferry.Runtime.Client;
using Ferry.Runtime.Controllers;
using Ferry.Runtime.Diagnostics;
using Ferry.Runtime.Queues;
using k8s;
using k8s.Models;
using Microsoft.Extensions.Logging.Abstractions;

namespace Ferry.Benchmarks.Runtime;

/// <summary>
/// The scale baseline: a local cluster holding N ConfigMaps; time for an informer to sync, managed memory per
/// cached object, no-op reconciles per second at 1, 4 and 16 workers, and the queue latency of a new key while
/// 10,000 keys are due for refresh. Prints one line per figure.
/// </summary>
internal static class InformerScaleScenario
{
    private static readonly ResourceType ConfigMaps = ResourceType.For<V1ConfigMap>();

    public static async Task RunAsync(int objects)
    {
        await using var server = await LocalClusterServer.StartAsync(new LocalClusterOptions());
        using var metrics = new RuntimeMetrics();
        using var client = KubeClient.Create(KubernetesClientConfiguration.BuildConfigFromConfigFile(server.KubeconfigPath), new KubeClientOptions { Qps = 0 }, metrics, TimeProvider.System);
        const string ns = "scale";
        await client.CreateAsync(ResourceType.For<V1Namespace>(), new V1Namespace { Metadata = new V1ObjectMeta { Name = ns } }, CancellationToken.None);

        var seeding = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, objects), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, token) =>
            await client.CreateAsync(ConfigMaps, new V1ConfigMap
            {
                Metadata = new V1ObjectMeta { Name = $"object-{i:D6}", NamespaceProperty = ns, Labels = new Dictionary<string, string> { ["app"] = "scale" } },
                Data = new Dictionary<string, string> { ["value"] = new string('x', 64) },
            }, token));
        Report("seed objects over HTTP", seeding.Elapsed, $"{objects} objects");

        var before = GC.GetTotalMemory(forceFullCollection: true);
        var informer = new Informer<V1ConfigMap>(client, ConfigMaps, new InformerOptions { Namespace = ns }, TimeProvider.System, NullLogger.Instance, metrics);
        using var stop = new CancellationTokenSource();
        var syncing = Stopwatch.StartNew();
        var running = informer.RunAsync(stop.Token);
        await informer.WaitForSyncAsync(CancellationToken.None);
        Report("informer cache sync", syncing.Elapsed, $"{informer.Store.Count} objects");
        var after = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine($"memory per cached object: {(after - before) / (double)informer.Store.Count:F0} bytes (managed heap delta {after - before} bytes)");

        foreach (var workers in new[] { 1, 4, 16 })
        {
            await ReconcileAllAsync(informer.Store, workers);
        }

        await QueueLatencyAsync();
        await stop.CancelAsync();
        await running;
    }

    private static async Task ReconcileAllAsync(ObjectStore<V1ConfigMap> store, int workers)
    {
        var keys = store.Keys();
        var reconciler = new CountingReconciler(keys.Count);
        using var controller = new Controller<ObjectKey>(new ControllerOptions { Name = "scale", Workers = workers }, reconciler, TimeProvider.System, NullLogger.Instance);
        using var stop = new CancellationTokenSource();
        var watch = Stopwatch.StartNew();
        foreach (var key in keys)
        {
            controller.Queue.Add(key);
        }

        var running = controller.RunAsync(stop.Token);
        await reconciler.AllDone.Task;
        watch.Stop();
        await stop.CancelAsync();
        await running;
        Console.WriteLine($"no-op reconciles/s at {workers,2} workers: {keys.Count / watch.Elapsed.TotalSeconds:F0} ({keys.Count} in {watch.Elapsed.TotalMilliseconds:F0} ms)");
    }

    private static async Task QueueLatencyAsync()
    {
        // 10,000 keys are due for refresh and 4 workers chew through them at ~1 ms each; a new key arrives halfway.
        var reconciler = new SlowReconciler();
        using var controller = new Controller<string>(new ControllerOptions { Name = "latency", Workers = 4 }, reconciler, TimeProvider.System, NullLogger.Instance);
        for (var i = 0; i < 10_000; i++)
        {
            controller.Queue.Add($"refresh-{i}", QueuePriority.Refresh);
        }

        using var stop = new CancellationTokenSource();
        var running = controller.RunAsync(stop.Token);
        while (reconciler.Count < 1_000)
        {
            await Task.Delay(1);
        }

        reconciler.NewKeyAdded = Stopwatch.GetTimestamp();
        controller.Queue.Add("new", QueuePriority.Change);
        var latency = await reconciler.NewKeySeen.Task;
        Console.WriteLine($"queue latency of a new key behind 10,000 due refreshes: {latency.TotalMilliseconds:F2} ms (refreshes done by then: {reconciler.Count})");
        await stop.CancelAsync();
        await running;
    }

    private static void Report(string what, TimeSpan elapsed, string detail) =>
        Console.WriteLine($"{what}: {elapsed.TotalMilliseconds:F0} ms ({detail})");

    private sealed class CountingReconciler(int expected) : IReconciler<ObjectKey>
    {
        private int _count;

        public TaskCompletionSource AllDone { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public ValueTask<ReconcileResult> ReconcileAsync(ObjectKey key, CancellationToken cancellationToken)
        {
            if (Interlocked.Increment(ref _count) == expected)
            {
                AllDone.TrySetResult();
            }

            return ValueTask.FromResult(ReconcileResult.Done);
        }
    }

    private sealed class SlowReconciler : IReconciler<string>
    {
        private int _count;

        public long NewKeyAdded { get; set; }

        public int Count => Volatile.Read(ref _count);

        public TaskCompletionSource<TimeSpan> NewKeySeen { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async ValueTask<ReconcileResult> ReconcileAsync(string key, CancellationToken cancellationToken)
        {
            if (key == "new")
            {
                NewKeySeen.TrySetResult(Stopwatch.GetElapsedTime(NewKeyAdded));
                return ReconcileResult.Done;
            }

            Interlocked.Increment(ref _count);
            await Task.Delay(1, cancellationToken);
            return ReconcileResult.Done;
        }
    }
}
