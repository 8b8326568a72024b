using k8s;
using k8s.Models;

namespace Ferry.Conformance.Tests.Kubernetes;

/// <summary>Watches through KubernetesClient: ordering, selector transitions, bookmarks, timeouts and 410 Gone.</summary>
[Trait("Category", "Integration")]
public sealed class KubernetesClientWatchTests(WatchClusterFixture cluster) : IClassFixture<WatchClusterFixture>
{
    private k8s.Kubernetes Client => cluster.Client;

    [Fact]
    public async Task Watch_FromListVersion_SeesCreateUpdateDeleteInOrder()
    {
        var ns = await cluster.CreateNamespaceAsync("watch");
        var list = await Client.CoreV1.ListNamespacedSecretAsync(ns);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var events = new List<(WatchEventType, string, string)>();
        var watching = Task.Run(async () =>
        {
            await foreach (var (type, secret) in Client.CoreV1.WatchListNamespacedSecretAsync(ns, resourceVersion: list.Metadata.ResourceVersion, cancellationToken: stop.Token))
            {
                events.Add((type, secret.Metadata.Name, secret.Metadata.ResourceVersion));
                if (events.Count == 3)
                {
                    return;
                }
            }
        });

        var created = await Client.CoreV1.CreateNamespacedSecretAsync(KubernetesClientCrudTests.Secret("w"), ns);
        created.Data["k"] = [7];
        var updated = await Client.CoreV1.ReplaceNamespacedSecretAsync(created, "w", ns);
        await Client.CoreV1.DeleteNamespacedSecretAsync("w", ns);
        await watching;

        Assert.Equal([WatchEventType.Added, WatchEventType.Modified, WatchEventType.Deleted], events.Select(e => e.Item1));
        Assert.Equal(created.Metadata.ResourceVersion, events[0].Item3);
        Assert.Equal(updated.Metadata.ResourceVersion, events[1].Item3);
        Assert.True(long.Parse(events[2].Item3) > long.Parse(updated.Metadata.ResourceVersion));
    }

    [Fact]
    public async Task Watch_WithLabelSelector_ReportsObjectsEnteringAndLeavingAsAddedAndDeleted()
    {
        var ns = await cluster.CreateNamespaceAsync("watch");
        var list = await Client.CoreV1.ListNamespacedConfigMapAsync(ns);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var events = new List<WatchEventType>();
        var watching = Task.Run(async () =>
        {
            await foreach (var (type, _) in Client.CoreV1.WatchListNamespacedConfigMapAsync(ns, labelSelector: "app=x", resourceVersion: list.Metadata.ResourceVersion, cancellationToken: stop.Token))
            {
                events.Add(type);
                if (events.Count == 2)
                {
                    return;
                }
            }
        });

        await Client.CoreV1.CreateNamespacedConfigMapAsync(new V1ConfigMap { Metadata = new V1ObjectMeta { Name = "m" } }, ns);
        await Client.CoreV1.PatchNamespacedConfigMapAsync(new V1Patch("""{"metadata":{"labels":{"app":"x"}}}""", V1Patch.PatchType.MergePatch), "m", ns);
        await Client.CoreV1.PatchNamespacedConfigMapAsync(new V1Patch("""{"metadata":{"labels":{"app":null}}}""", V1Patch.PatchType.MergePatch), "m", ns);
        await watching;

        Assert.Equal([WatchEventType.Added, WatchEventType.Deleted], events);
    }

    [Fact]
    public async Task Watch_AllowingBookmarks_ReceivesBookmarkWithCurrentVersion()
    {
        var ns = await cluster.CreateNamespaceAsync("bookmark");
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var list = await Client.CoreV1.ListNamespacedSecretAsync(ns);
        string? bookmarkVersion = null;
        await foreach (var (type, secret) in Client.CoreV1.WatchListNamespacedSecretAsync(ns, allowWatchBookmarks: true, resourceVersion: list.Metadata.ResourceVersion, cancellationToken: stop.Token))
        {
            if (type == WatchEventType.Bookmark)
            {
                bookmarkVersion = secret.Metadata.ResourceVersion;
                break;
            }
        }

        Assert.NotNull(bookmarkVersion);
        Assert.True(long.Parse(bookmarkVersion) >= long.Parse(list.Metadata.ResourceVersion));
    }

    [Fact]
    public async Task Watch_WithTimeoutSeconds_EndsTheStream()
    {
        // KubernetesClient fails on a watch that ends before its first line, so give the stream one object.
        var ns = await cluster.CreateNamespaceAsync("timeout");
        await Client.CoreV1.CreateNamespacedSecretAsync(KubernetesClientCrudTests.Secret("one"), ns);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var count = 0;
        await foreach (var _ in Client.CoreV1.WatchListNamespacedSecretAsync(ns, timeoutSeconds: 1, cancellationToken: stop.Token))
        {
            count++;
        }

        Assert.False(stop.IsCancellationRequested);
        Assert.Equal(1, count);
    }

    [Fact]
    public async Task Watch_FromVersionOutsideHistory_DeliversExpired410ToOnError()
    {
        var ns = await cluster.CreateNamespaceAsync("gone");
        var start = (await Client.CoreV1.ListNamespacedConfigMapAsync(ns)).Metadata.ResourceVersion;
        for (var i = 0; i < WatchClusterFixture.HistorySize + 5; i++)
        {
            await Client.CoreV1.CreateNamespacedConfigMapAsync(new V1ConfigMap { Metadata = new V1ObjectMeta { Name = $"c{i}" } }, ns);
        }

        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var errors = new List<Exception>();
        var delivered = 0;
        await foreach (var _ in Client.CoreV1.WatchListNamespacedConfigMapAsync(ns, resourceVersion: start, onError: errors.Add, cancellationToken: stop.Token))
        {
            delivered++;
        }

        Assert.Equal(0, delivered);
        var gone = Assert.IsType<KubernetesException>(Assert.Single(errors));
        Assert.Equal(410, gone.Status.Code);
        Assert.Equal("Expired", gone.Status.Reason);
        Assert.StartsWith("too old resource version", gone.Status.Message, StringComparison.Ordinal);
    }
}
