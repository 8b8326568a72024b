using System.Diagnostics;
using System.Globalization;
using Ferry.LocalCluster;
using k8s;
using k8s.Models;

namespace Ferry.Benchmarks.LocalCluster;

/// <summary>
/// Writes, reads, lists and watches Secrets through KubernetesClient with 1 and 16 clients, against the local cluster
/// and against a bare store; then applies and watches many ConfigMaps and reports memory per stored object.
/// </summary>
internal static class LocalClusterScenario
{
    public static async Task RunAsync(int operations, int scaleObjects)
    {
        Console.WriteLine($"operations per run: {operations}; scale objects: {scaleObjects}");
        await using (var bare = await BareStoreServer.StartAsync())
        {
            var client = Client(bare.Url);
            await MeasureAsync("bare store: create", 1, operations, (c, i) => c.CoreV1.CreateNamespacedSecretAsync(Secret($"b1-{i}"), "default"), client);
            await MeasureAsync("bare store: create", 16, operations, (c, i) => c.CoreV1.CreateNamespacedSecretAsync(Secret($"b16-{i}"), "default"), client);
        }

        await using var server = await LocalClusterServer.StartAsync(new LocalClusterOptions { PlainHttp = true, WatchHistorySize = 10_000 });
        var kube = Client(server.Url);
        using var watching = new CancellationTokenSource();
        var watched = 0;
        var watch = Task.Run(async () =>
        {
            try
            {
                await foreach (var _ in kube.CoreV1.WatchListNamespacedSecretAsync("default", cancellationToken: watching.Token))
                {
                    Interlocked.Increment(ref watched);
                }
            }
            catch (OperationCanceledException)
            {
                // The scenario is over.
            }
        });
        await MeasureAsync("local cluster: create", 1, operations, (c, i) => c.CoreV1.CreateNamespacedSecretAsync(Secret($"s1-{i}"), "default"), kube);
        await MeasureAsync("local cluster: create", 16, operations, (c, i) => c.CoreV1.CreateNamespacedSecretAsync(Secret($"s16-{i}"), "default"), kube);
        await MeasureAsync("local cluster: get", 1, operations, (c, i) => c.CoreV1.ReadNamespacedSecretAsync($"s1-{i % operations}", "default"), kube);
        await MeasureAsync("local cluster: get", 16, operations, (c, i) => c.CoreV1.ReadNamespacedSecretAsync($"s16-{i % operations}", "default"), kube);
        await MeasureAsync("local cluster: update Secret", 1, operations, (c, i) => c.CoreV1.ReplaceNamespacedSecretAsync(Secret($"s1-{i}", "changed"), $"s1-{i}", "default"), kube);
        await MeasureAsync("local cluster: update Secret", 16, operations, (c, i) => c.CoreV1.ReplaceNamespacedSecretAsync(Secret($"s16-{i}", "changed"), $"s16-{i}", "default"), kube);
        await MeasureAsync("local cluster: merge patch Secret", 16, operations, (c, i) => c.CoreV1.PatchNamespacedSecretAsync(
            new V1Patch("""{"metadata":{"labels":{"patched":"yes"}}}""", V1Patch.PatchType.MergePatch), $"s16-{i}", "default"), kube);
        await MeasureAsync("local cluster: list 100", 1, Math.Max(1, operations / 20), (c, _) => c.CoreV1.ListNamespacedSecretAsync("default", limit: 100), kube);
        await MeasureAsync("local cluster: list 100", 16, Math.Max(1, operations / 20), (c, _) => c.CoreV1.ListNamespacedSecretAsync("default", limit: 100), kube);
        Console.WriteLine($"watch events seen so far: {Volatile.Read(ref watched)} (expected {5 * operations})");
        await watching.CancelAsync();
        await watch;
        await ScaleAsync(server, kube, scaleObjects);
    }

    private static async Task ScaleAsync(LocalClusterServer server, k8s.Kubernetes kube, int count)
    {
        var before = server.ObjectCount;
        GC.Collect();
        var memoryBefore = GC.GetTotalMemory(forceFullCollection: true);
        var seen = 0;
        using var watching = new CancellationTokenSource();
        var version = (await kube.CoreV1.ListNamespacedConfigMapAsync("default", limit: 1)).Metadata.ResourceVersion;
        var watch = Task.Run(async () =>
        {
            try
            {
                await foreach (var _ in kube.CoreV1.WatchListNamespacedConfigMapAsync("default", resourceVersion: version, cancellationToken: watching.Token))
                {
                    if (Interlocked.Increment(ref seen) == count)
                    {
                        return;
                    }
                }
            }
            catch (OperationCanceledException)
            {
                // Stopped early.
            }
        });
        await MeasureAsync("local cluster: apply ConfigMap (SSA)", 16, count, (c, i) => c.CoreV1.PatchNamespacedConfigMapAsync(
            new V1Patch($$$"""{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"scale-{{{i}}}","labels":{"app":"scale"}},"data":{"key":"value-{{{i}}}"}}""", V1Patch.PatchType.ApplyPatch),
            $"scale-{i}", "default", fieldManager: "bench"), kube);
        await MeasureAsync("local cluster: re-apply ConfigMap (SSA)", 16, Math.Min(count, 20_000), (c, i) => c.CoreV1.PatchNamespacedConfigMapAsync(
            new V1Patch($$$"""{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"scale-{{{i}}}","labels":{"app":"scale"}},"data":{"key":"changed-{{{i}}}"}}""", V1Patch.PatchType.ApplyPatch),
            $"scale-{i}", "default", fieldManager: "bench"), kube);
        var deadline = Stopwatch.StartNew();
        while (Volatile.Read(ref seen) < count && deadline.Elapsed < TimeSpan.FromMinutes(2))
        {
            await Task.Delay(50);
        }

        await watching.CancelAsync();
        await watch;
        GC.Collect();
        var memoryAfter = GC.GetTotalMemory(forceFullCollection: true);
        var added = server.ObjectCount - before;
        Console.WriteLine($"watch saw {seen} of {count} applied objects");
        Console.WriteLine($"memory per stored object: {(memoryAfter - memoryBefore) / (double)Math.Max(1, added):F0} bytes ({added} objects)");
    }

    private static async Task MeasureAsync(string name, int clients, int total, Func<k8s.Kubernetes, int, Task> operation, k8s.Kubernetes client)
    {
        var latencies = new double[total];
        var next = -1;
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < total)
            {
                var started = Stopwatch.GetTimestamp();
                await operation(client, i);
                latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        }));
        await Task.WhenAll(workers);
        clock.Stop();
        Array.Sort(latencies);
        double Percentile(double p) => latencies[Math.Min(total - 1, (int)(p * total))];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-40} clients={clients,2} ops/s={total / clock.Elapsed.TotalSeconds,8:F0} p50={Percentile(0.50),6:F2}ms p95={Percentile(0.95),6:F2}ms p99={Percentile(0.99),6:F2}ms"));
    }

    private static k8s.Kubernetes Client(Uri url) => new(new KubernetesClientConfiguration { Host = url.ToString() });

    private static V1Secret Secret(string name, string password = "correct horse battery staple") => new()
    {
        Metadata = new V1ObjectMeta { Name = name, Labels = new Dictionary<string, string> { ["app"] = "bench" } },
        Data = new Dictionary<string, byte[]> { ["password"] = System.Text.Encoding.UTF8.GetBytes(password) },
    };
}
