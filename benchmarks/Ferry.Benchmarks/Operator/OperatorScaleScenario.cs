using System.Diagnostics;
using Ferry.Controllers.Operator;
using Ferry.Dev;
using Ferry.Providers.Fake;
using Ferry.Runtime.Client;
using Ferry.Runtime.Diagnostics;
using k8s;
using Microsoft.Extensions.Logging.Abstractions;

namespace Ferry.Benchmarks.Operator;

/// <summary>
/// The operator at scale (issue 6): N ExternalSecrets over M namespaces with the fake provider, against a local
/// cluster in another process. Prints the floor (a bare client writing the same Secrets and statuses), the time
/// from applying every ExternalSecret to all Ready, the latency of one new ExternalSecret while all of them
/// refresh, API writes and provider reads per ExternalSecret in a refresh where nothing changed, and the operator
/// process's peak memory.
/// </summary>
internal static class OperatorScaleScenario
{
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(10);

    private static readonly TimeSpan RefreshInterval = TimeSpan.FromHours(1);

    public static async Task RunAsync(int count, int namespaces)
    {
        var folder = Directory.CreateTempSubdirectory("ferry-operator-scale-").FullName;
        try
        {
            Console.WriteLine($"operator-scale: {count} ExternalSecrets in {namespaces} namespaces (one fake SecretStore each), {ScaleWorkload.Parallelism} workers and client parallelism, no client QPS limit");
            var floor = await FloorAsync(new ScaleWorkload(count, namespaces, "1h"), folder);
            await OperatorAsync(new ScaleWorkload(count, namespaces, "1h"), folder, floor.Apply + floor.Writes);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<(TimeSpan Apply, TimeSpan Writes)> FloorAsync(ScaleWorkload workload, string folder)
    {
        await using var cluster = await ClusterProcess.StartAsync(folder);
        using var metrics = new RuntimeMetrics();
        using var client = Client(cluster, metrics);
        await CrdInstaller.InstallAsync(client, CancellationToken.None);
        await workload.CreateNamespacesAndStoresAsync(client);
        var (apply, writes) = await FloorWriter.RunAsync(client, workload);
        Report("floor: apply the ExternalSecrets (bare client)", apply);
        Report("floor: write every Secret and Ready status (bare client)", writes);
        Report("floor: total", apply + writes);
        return (apply, writes);
    }

    private static async Task OperatorAsync(ScaleWorkload workload, string folder, TimeSpan floor)
    {
        await using var cluster = await ClusterProcess.StartAsync(folder);
        using var benchMetrics = new RuntimeMetrics();
        using var bench = Client(cluster, benchMetrics);
        await CrdInstaller.InstallAsync(bench, CancellationToken.None);
        await workload.CreateNamespacesAndStoresAsync(bench);

        using var operatorMetrics = new RuntimeMetrics();
        using var operatorClient = Client(cluster, operatorMetrics);
        using var requests = new RequestCounter(operatorMetrics.Meter);
        var provider = new CountingSecretsProvider(new FakeSecretsProvider());
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var memory = new MemorySampler();
        await using var tracker = await ReadyTracker.StartAsync(bench);
        await using (var first = await StartOperatorAsync(operatorClient, operatorMetrics, provider, TimeProvider.System))
        {
            var total = Stopwatch.StartNew();
            var applying = Stopwatch.StartNew();
            await workload.CreateExternalSecretsAsync(bench);
            applying.Stop();
            Require(await tracker.WaitAsync(t => t.ReadyCount >= workload.Count, Deadline), $"all {workload.Count} Ready within {Deadline}");
            total.Stop();
            Report("operator: apply the ExternalSecrets (while the operator runs)", applying.Elapsed);
            Report("operator: from applying them to all Ready", total.Elapsed, $"{total.Elapsed / floor:F2}x the floor");
            var afterSync = requests.Snapshot();
            Console.WriteLine($"operator: API requests of the first sync: {Verbs(afterSync)} ({RequestCounter.Writes(afterSync) / (double)workload.Count:F2} writes per ExternalSecret)");
            Console.WriteLine($"operator: provider clients created: {provider.Clients}, provider reads: {provider.Reads}");
        }

        // A second operator whose clock is one refresh interval ahead: every ExternalSecret is due at once.
        var before = tracker.RefreshTimes();
        var requestsBefore = requests.Snapshot();
        var readsBefore = provider.Reads;
        await using (var second = await StartOperatorAsync(operatorClient, operatorMetrics, provider, new ShiftedTimeProvider(RefreshInterval)))
        {
            await RefreshAsync(workload, tracker, requests, provider, bench, before, requestsBefore, readsBefore);
        }

        await memory.DisposeAsync();
        Console.WriteLine($"operator: peak managed heap {memory.PeakManagedHeap / 1048576.0:F0} MiB, peak working set {memory.PeakWorkingSet / 1048576.0:F0} MiB (this process: the operator plus the benchmark's client and tracker)");
    }

    private static async Task<FerryOperator> StartOperatorAsync(KubeClient client, RuntimeMetrics metrics, CountingSecretsProvider provider, TimeProvider time)
    {
        var ferry = FerryOperator.Create(
            client, DevOperator.Options with { Concurrent = ScaleWorkload.Parallelism }, [provider], NullLoggerFactory.Instance, time, metrics);
        ferry.Start();
        await ferry.WaitUntilReadyAsync(CancellationToken.None);
        return ferry;
    }

    private static async Task RefreshAsync(
        ScaleWorkload workload, ReadyTracker tracker, RequestCounter requests, CountingSecretsProvider provider, KubeClient bench,
        IReadOnlyDictionary<string, DateTimeOffset?> before, IReadOnlyDictionary<string, long> requestsBefore, long readsBefore)
    {
        var refreshing = Stopwatch.StartNew();
        var probe = workload.ExternalSecret(ScaleWorkload.NamespaceName(0), "latency-probe", 0);
        var latency = Stopwatch.StartNew();
        await bench.CreateAsync(ScaleWorkload.ExternalSecrets, probe, CancellationToken.None);
        Require(await tracker.WaitAsync(t => t.IsReady($"{probe.Metadata.NamespaceProperty}/latency-probe"), Deadline), "the new ExternalSecret became Ready");
        latency.Stop();
        var refreshedThen = tracker.RefreshedAfter(before);
        Report("refresh: a new ExternalSecret created as all of them fall due, to Ready", latency.Elapsed, $"{refreshedThen} of {workload.Count} had refreshed by then");

        Require(await tracker.WaitAsync(t => t.RefreshedAfter(before) >= workload.Count, Deadline), "every ExternalSecret refreshed");
        refreshing.Stop();
        Report("refresh: all of them refreshed (nothing changed at the provider)", refreshing.Elapsed);
        var delta = RequestCounter.Difference(requests.Snapshot(), requestsBefore);
        // The probe's own sync (finalizer, Secret, status, event) is not part of the unchanged refresh.
        var probeWrites = 4;
        var writes = RequestCounter.Writes(delta) - probeWrites;
        var reads = provider.Reads - readsBefore - 1;
        Console.WriteLine($"refresh: API requests of the refresh (after the caches listed): {Verbs(delta)}");
        Console.WriteLine($"refresh: API writes per ExternalSecret: {writes / (double)workload.Count:F2}; provider reads per ExternalSecret: {reads / (double)workload.Count:F2}");
    }

    private static KubeClient Client(ClusterProcess cluster, RuntimeMetrics metrics) =>
        KubeClient.Create(KubernetesClientConfiguration.BuildConfigFromConfigFile(cluster.KubeconfigPath), new KubeClientOptions { Qps = 0 }, metrics, TimeProvider.System);

    private static string Verbs(IReadOnlyDictionary<string, long> counts) =>
        string.Join(", ", counts.Where(pair => pair.Value != 0).OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"{pair.Key} {pair.Value}"));

    private static void Report(string what, TimeSpan elapsed, string? note = null) =>
        Console.WriteLine($"{what}: {elapsed.TotalSeconds:F2} s{(note is null ? "" : $" ({note})")}");

    private static void Require(bool met, string what)
    {
        if (!met)
        {
            throw new TimeoutException($"Timed out waiting until {what}.");
        }
    }
}
