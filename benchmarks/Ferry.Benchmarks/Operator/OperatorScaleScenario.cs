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

    /// <summary>
    /// Runs the scenario; <paramref name="withFloor"/> false skips the floor (a quicker run when only the operator's
    /// figures matter); <paramref name="containerMemoryMiB"/> runs `ferry run` as if in a container with that memory
    /// limit (see <see cref="OperatorProcess"/>).
    /// </summary>
    public static async Task RunAsync(int count, int namespaces, bool withFloor = true, int? containerMemoryMiB = null)
    {
        var folder = Directory.CreateTempSubdirectory("ferry-operator-scale-").FullName;
        try
        {
            Console.WriteLine($"operator-scale: {count} ExternalSecrets in {namespaces} namespaces (one fake SecretStore each), {ScaleWorkload.Parallelism} workers and client parallelism, no client QPS limit");
            Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {MachineLoad.Now()}");
            if (containerMemoryMiB is { } limit)
            {
                Console.WriteLine($"ferry run as in a container limited to {limit} MiB: GC heap hard limit {OperatorProcess.HeapLimitMiB(limit)} MiB (.NET's default 75%)");
            }

            TimeSpan? floor = null;
            if (withFloor)
            {
                var (apply, writes) = await FloorAsync(new ScaleWorkload(count, namespaces, "1h"), folder);
                floor = apply + writes;
            }

            await OperatorAsync(new ScaleWorkload(count, namespaces, "1h"), folder, floor, containerMemoryMiB);
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

    private static async Task OperatorAsync(ScaleWorkload workload, string folder, TimeSpan? floor, int? containerMemoryMiB)
    {
        await using var cluster = await ClusterProcess.StartAsync(folder);
        using var benchMetrics = new RuntimeMetrics();
        using var bench = Client(cluster, benchMetrics);
        await CrdInstaller.InstallAsync(bench, CancellationToken.None);
        await workload.CreateNamespacesAndStoresAsync(bench);
        await using var tracker = await ReadyTracker.StartAsync(bench);
        await FirstSyncAsync(workload, cluster, bench, tracker, floor, containerMemoryMiB);

        // A second operator, in this process, whose clock is one refresh interval ahead: every ExternalSecret is due at once.
        using var operatorMetrics = new RuntimeMetrics();
        using var operatorClient = Client(cluster, operatorMetrics);
        using var requests = new RequestCounter(operatorMetrics.Meter);
        var provider = new CountingSecretsProvider(new FakeSecretsProvider());
        var before = tracker.RefreshTimes();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var memory = new MemorySampler();
        await using (var second = await StartOperatorAsync(operatorClient, operatorMetrics, provider, new ShiftedTimeProvider(RefreshInterval)))
        {
            await RefreshAsync(workload, tracker, requests, provider, bench, before);
        }

        await memory.DisposeAsync();
        Console.WriteLine($"refresh: provider clients created: {provider.Clients}");
        Console.WriteLine($"refresh: in-process operator (this process also holds the benchmark's client and ready tracker): peak managed heap {MiB(memory.PeakManagedHeap)}, peak working set {MiB(memory.PeakWorkingSet)} ({MachineLoad.Now()})");
    }

    /// <summary>The first sync, by `ferry run` in its own process: its time, API requests, provider calls and memory are the operator's alone.</summary>
    private static async Task FirstSyncAsync(ScaleWorkload workload, ClusterProcess cluster, KubeClient bench, ReadyTracker tracker, TimeSpan? floor, int? containerMemoryMiB)
    {
        await using var child = await OperatorProcess.StartAsync(cluster.KubeconfigPath, ScaleWorkload.Parallelism, containerMemoryMiB);
        var (startedPeak, _) = child.ResidentMemory();
        var memory = new OperatorMemorySampler(child);
        var total = Stopwatch.StartNew();
        var applying = Stopwatch.StartNew();
        await workload.CreateExternalSecretsAsync(bench);
        applying.Stop();
        Require(
            await tracker.WaitAsync(
                t =>
                {
                    child.ThrowIfExited();
                    return t.ReadyCount >= workload.Count;
                },
                Deadline),
            $"all {workload.Count} Ready within {Deadline}");
        total.Stop();
        Report("operator: apply the ExternalSecrets (while ferry run runs)", applying.Elapsed);
        Report("operator: from applying them to all Ready", total.Elapsed, floor is { } f ? $"{total.Elapsed / f:F2}x the floor" : null);
        await memory.DisposeAsync();
        var metrics = await child.ScrapeAsync();
        var verbs = metrics.SumBy("rest_client_requests_total", "method");
        Console.WriteLine($"operator: API requests of the first sync: {Verbs(verbs)} ({RequestCounter.Writes(verbs) / (double)workload.Count:F2} writes per ExternalSecret)");
        Console.WriteLine($"operator: provider calls (externalsecret_provider_api_calls_count): {metrics.Sum("externalsecret_provider_api_calls_count"):F0}");
        var (peak, now) = child.ResidentMemory();
        Console.WriteLine(
            $"operator: ferry run in its own process: peak working set {MiB(peak)} (VmHWM; {MiB(startedPeak)} once its caches synced, {MiB(now)} at the end), " +
            $"peak managed heap {MiB(memory.PeakManagedHeap)} (sampled every 2 s), {metrics.Sum("dotnet_collection_count_total"):F0} GCs ({MachineLoad.Now()})");
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
        IReadOnlyDictionary<string, DateTimeOffset?> before)
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
        var delta = requests.Snapshot();
        // The probe's own sync (finalizer, Secret, status, event) is not part of the unchanged refresh.
        var probeWrites = 4;
        var writes = RequestCounter.Writes(delta) - probeWrites;
        var reads = provider.Reads - 1;
        Console.WriteLine($"refresh: API requests of the refresh (the second operator's, its cache lists included): {Verbs(delta)}");
        Console.WriteLine($"refresh: API writes per ExternalSecret: {writes / (double)workload.Count:F2}; provider reads per ExternalSecret: {reads / (double)workload.Count:F2}");
    }

    private static KubeClient Client(ClusterProcess cluster, RuntimeMetrics metrics) =>
        KubeClient.Create(KubernetesClientConfiguration.BuildConfigFromConfigFile(cluster.KubeconfigPath), new KubeClientOptions { Qps = 0 }, metrics, TimeProvider.System);

    private static string Verbs(IReadOnlyDictionary<string, long> counts) =>
        string.Join(", ", counts.Where(pair => pair.Value != 0).OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"{pair.Key} {pair.Value}"));

    private static void Report(string what, TimeSpan elapsed, string? note = null) =>
        Console.WriteLine($"{what}: {elapsed.TotalSeconds:F2} s ({(note is null ? "" : note + "; ")}{MachineLoad.Now()})");

    private static string MiB(long bytes) => $"{bytes / 1048576.0:F0} MiB";

    private static void Require(bool met, string what)
    {
        if (!met)
        {
            throw new TimeoutException($"Timed out waiting until {what}.");
        }
    }
}
