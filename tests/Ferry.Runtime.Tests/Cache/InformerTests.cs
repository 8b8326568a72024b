using System.Collections.Concurrent;
using Ferry.Runtime.Cache;
using Ferry.Runtime.Client;
using Ferry.Testing;
using k8s.Models;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Ferry.Runtime.Tests.Cache;

[Trait("Category", "Integration")]
public sealed class InformerTests(ClusterFixture cluster) : IClassFixture<ClusterFixture>, IAsyncLifetime, IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _running = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _stop.CancelAsync();
        await Task.WhenAll(_running).WaitAsync(TimeSpan.FromSeconds(30));
    }

    public void Dispose() => _stop.Dispose();

    [Fact]
    public async Task Run_ExistingObjects_CachesThemAndSignalsSynced()
    {
        var ns = await cluster.CreateNamespaceAsync("sync");
        for (var i = 0; i < 25; i++)
        {
            await Create(ns, $"c{i}");
        }

        var informer = Start(cluster.Client, new InformerOptions { Namespace = ns, PageSize = 7 });
        await informer.WaitForSyncAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(informer.HasSynced);
        Assert.Equal(26, informer.Store.Count); // 25 + kube-root-ca.crt
        Assert.Equal("v", informer.Store.Get(ns, "c24")?.Data["value"]);
        Assert.Null(informer.Store.Get(ns, "c0")?.Metadata.ManagedFields);
    }

    [Fact]
    public async Task Run_ConcurrentWrites_CacheConvergesOnTheServer()
    {
        var ns = await cluster.CreateNamespaceAsync("converge");
        var informer = Start(cluster.Client, new InformerOptions { Namespace = ns });
        await informer.WaitForSyncAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));

        await Task.WhenAll(Enumerable.Range(0, 4).Select(writer => Task.Run(async () =>
        {
            for (var i = 0; i < 15; i++)
            {
                var name = $"w{writer}-{i}";
                await Create(ns, name);
                await cluster.Client.PatchAsync<V1ConfigMap>(ClusterFixture.ConfigMaps, ns, name,
                    new V1Patch($"{{\"data\":{{\"value\":\"{i}\"}}}}", V1Patch.PatchType.MergePatch), null, CancellationToken.None);
                if (i % 3 == 0)
                {
                    await cluster.Client.DeleteAsync(ClusterFixture.ConfigMaps, ns, name, CancellationToken.None);
                }
            }
        })));

        await Eventually.True(async () => Snapshot(informer) == await ServerSnapshot(ns), "the cache matches the server");
    }

    [Fact]
    public async Task Run_WatchDropped_ResumesFromLastVersionWithoutRelisting()
    {
        var ns = await cluster.CreateNamespaceAsync("drop");
        var client = new ScriptedKubeClient(cluster.Client);
        var seen = new ConcurrentQueue<string>();
        var informer = Start(client, new InformerOptions { Namespace = ns, RestartBackoff = new(TimeSpan.FromMilliseconds(1), TimeSpan.FromMilliseconds(1)) },
            e => seen.Enqueue($"{e.Type}{(e.IsInitialList ? "(initial)" : "")}:{e.Object.Metadata.Name}"));
        await informer.WaitForSyncAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));
        await Eventually.True(() => client.Watches == 1, "the first watch is open");

        var held = client.HoldNextWatch();
        client.DropWatch();
        await Create(ns, "while-dropped");
        held.SetResult();

        await Eventually.True(() => seen.Contains("Added:while-dropped"), "the change made while the watch was down arrives");
        Assert.Equal(1, client.Lists);
        Assert.Equal(2, client.Watches);
    }

    [Fact]
    public async Task Run_WatchVersionExpired_RelistsAndReportsEveryChange()
    {
        var ns = await cluster.CreateNamespaceAsync("expired");
        await Create(ns, "doomed");
        var client = new ScriptedKubeClient(cluster.Client);
        var seen = new ConcurrentQueue<string>();
        var informer = Start(client, new InformerOptions { Namespace = ns, RestartBackoff = new(TimeSpan.FromMilliseconds(1), TimeSpan.FromMilliseconds(1)) },
            e => seen.Enqueue($"{e.Type}{(e.IsInitialList ? "(initial)" : "")}:{e.Object.Metadata.Name}"));
        await informer.WaitForSyncAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));
        await Eventually.True(() => client.Watches == 1, "the first watch is open");

        var held = client.HoldNextWatch();
        client.DropWatch();
        await cluster.Client.DeleteAsync(ClusterFixture.ConfigMaps, ns, "doomed", CancellationToken.None);
        for (var i = 0; i < ClusterFixture.HistorySize + 5; i++)
        {
            await Create(ns, $"after-{i}");
        }

        held.SetResult();

        await Eventually.True(() => client.Lists == 2, "the informer relists after 410 Gone");
        await Eventually.True(async () => Snapshot(informer) == await ServerSnapshot(ns), "the cache matches the server");
        Assert.Contains("Deleted:doomed", seen);
        Assert.Contains("Added(initial):doomed", seen);

        // What the relist finds is a change this informer missed, not a start: it is not marked initial.
        Assert.Contains($"Added:after-{ClusterFixture.HistorySize + 4}", seen);
    }

    [Fact]
    public async Task Run_FirstList_MarksOnlyItsAddedEventsAsInitial()
    {
        var ns = await cluster.CreateNamespaceAsync("initial");
        await Create(ns, "listed");
        var seen = new ConcurrentQueue<(string Name, bool Initial)>();
        var informer = Start(cluster.Client, new InformerOptions { Namespace = ns }, e => seen.Enqueue((e.Object.Metadata.Name, e.IsInitialList)));
        await informer.WaitForSyncAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));

        await Create(ns, "watched");

        await Eventually.True(() => seen.Any(e => e.Name == "watched"), "the watch delivered the new object");
        Assert.Contains(("listed", true), seen);
        Assert.Contains(("watched", false), seen);
    }

    [Fact]
    public async Task Run_WithLabelSelector_CachesOnlyMatchesAndDropsObjectsThatStopMatching()
    {
        var ns = await cluster.CreateNamespaceAsync("selected");
        var informer = Start(cluster.Client, new InformerOptions { Namespace = ns, LabelSelector = "managed=true" });
        await informer.WaitForSyncAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));

        await Create(ns, "plain");
        await Create(ns, "managed", labels: new Dictionary<string, string> { ["managed"] = "true" });
        await Eventually.True(() => informer.Store.Get(ns, "managed") is not null, "the managed object is cached");
        Assert.Null(informer.Store.Get(ns, "plain"));

        await cluster.Client.PatchAsync<V1ConfigMap>(ClusterFixture.ConfigMaps, ns, "managed",
            new V1Patch("""{"metadata":{"labels":{"managed":null}}}""", V1Patch.PatchType.MergePatch), null, CancellationToken.None);
        await Eventually.True(() => informer.Store.Count == 0, "the object leaves the cache when it stops matching");
    }

    [Fact]
    public async Task Run_MetadataOnly_CachesNamesAndLabelsOfAnyKind()
    {
        var ns = await cluster.CreateNamespaceAsync("meta");
        await cluster.Client.CreateAsync(ClusterFixture.Secrets, new V1Secret
        {
            Metadata = new V1ObjectMeta { Name = "s", NamespaceProperty = ns, Labels = new Dictionary<string, string> { ["a"] = "b" } },
            StringData = new Dictionary<string, string> { ["password"] = "hunter2" },
        }, CancellationToken.None);

        var informer = new Informer<MetadataOnly>(cluster.Client, ClusterFixture.Secrets, new InformerOptions { Namespace = ns }, TimeProvider.System, NullLogger.Instance);
        _running.Add(informer.RunAsync(_stop.Token));
        await informer.WaitForSyncAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));

        var cached = informer.Store.Get(ns, "s");
        Assert.NotNull(cached);
        Assert.Equal("b", cached.Metadata.Labels["a"]);
    }

    [Fact]
    public async Task Run_BookmarksArrive_AdvanceTheVersionWithoutEvents()
    {
        var ns = await cluster.CreateNamespaceAsync("bookmarks");
        var other = await cluster.CreateNamespaceAsync("elsewhere");
        var events = 0;
        var informer = Start(cluster.Client, new InformerOptions { Namespace = ns }, _ => Interlocked.Increment(ref events));
        await informer.WaitForSyncAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));
        var listed = long.Parse(informer.ResourceVersion!);
        var handled = Volatile.Read(ref events);

        await Create(other, "unrelated");

        await Eventually.True(() => long.Parse(informer.ResourceVersion!) > listed, "a bookmark moves the version past the unrelated write");
        Assert.Equal(handled, Volatile.Read(ref events));
    }

    [Fact]
    public async Task Run_WatchSilentPastInactivityTimeout_ReopensTheWatch()
    {
        var ns = await cluster.CreateNamespaceAsync("silent");
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var client = new ScriptedKubeClient(cluster.Client);
        var informer = new Informer<V1ConfigMap>(client, ClusterFixture.ConfigMaps,
            new InformerOptions { Namespace = ns, InactivityTimeout = TimeSpan.FromMinutes(1) }, time, NullLogger.Instance);
        _running.Add(informer.RunAsync(_stop.Token));
        await Eventually.True(() => client.Watches == 1, "the first watch is open");

        time.Advance(TimeSpan.FromMinutes(1));

        await Eventually.True(() => client.Watches == 2, "the watchdog reopened the watch");
        Assert.Equal(1, client.Lists);
    }

    [Fact]
    public async Task Run_ResyncPeriodPasses_ReplaysEveryCachedObject()
    {
        var ns = await cluster.CreateNamespaceAsync("resync");
        await Create(ns, "a");
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var resynced = new ConcurrentQueue<string>();
        var informer = new Informer<V1ConfigMap>(cluster.Client, ClusterFixture.ConfigMaps,
            new InformerOptions { Namespace = ns, ResyncPeriod = TimeSpan.FromHours(1), LabelSelector = "!x" }, time, NullLogger.Instance);
        informer.Subscribe(e =>
        {
            if (e.Type == InformerEventType.Resync)
            {
                resynced.Enqueue(e.Object.Metadata.Name);
            }
        });
        _running.Add(informer.RunAsync(_stop.Token));
        await informer.WaitForSyncAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Empty(resynced);

        time.Advance(TimeSpan.FromHours(1));

        Assert.Contains("a", resynced);
        Assert.Equal(informer.Store.Count, resynced.Count);
    }

    private Informer<V1ConfigMap> Start(IKubeClient client, InformerOptions options, Action<InformerEvent<V1ConfigMap>>? handler = null)
    {
        var informer = new Informer<V1ConfigMap>(client, ClusterFixture.ConfigMaps, options, TimeProvider.System, NullLogger.Instance, cluster.Metrics);
        if (handler is not null)
        {
            informer.Subscribe(handler);
        }

        _running.Add(informer.RunAsync(_stop.Token));
        return informer;
    }

    private Task<V1ConfigMap> Create(string ns, string name, IDictionary<string, string>? labels = null) =>
        cluster.Client.CreateAsync(ClusterFixture.ConfigMaps, ClusterFixture.ConfigMap(ns, name, labels: labels), CancellationToken.None);

    private static string Snapshot(Informer<V1ConfigMap> informer) =>
        string.Join(",", informer.Store.List().Select(c => $"{c.Metadata.Name}@{c.Metadata.ResourceVersion}").Order(StringComparer.Ordinal));

    private async Task<string> ServerSnapshot(string ns)
    {
        var list = await cluster.Client.ListAsync<V1ConfigMap>(ClusterFixture.ConfigMaps, ns, null, CancellationToken.None);
        return string.Join(",", list.Items.Select(c => $"{c.Metadata.Name}@{c.Metadata.ResourceVersion}").Order(StringComparer.Ordinal));
    }
}
