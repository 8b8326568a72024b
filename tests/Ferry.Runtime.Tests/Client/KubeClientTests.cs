using Ferry.Runtime.Client;
using k8s;
using k8s.Models;

namespace Ferry.Runtime.Tests.Client;

[Trait("Category", "Integration")]
public sealed class KubeClientTests(ClusterFixture cluster) : IClassFixture<ClusterFixture>
{
    private static readonly Dictionary<string, string> Mine = new() { ["set"] = "mine" };

    private KubeClient Client => cluster.Client;

    [Fact]
    public async Task CreateGetUpdateDelete_CoreKind_RoundTripsOverHttp()
    {
        var ns = await cluster.CreateNamespaceAsync("crud");
        var created = await Client.CreateAsync(ClusterFixture.ConfigMaps, ClusterFixture.ConfigMap(ns, "a"), CancellationToken.None);
        created.Data["value"] = "changed";
        var updated = await Client.UpdateAsync(ClusterFixture.ConfigMaps, created, CancellationToken.None);
        var read = await Client.GetAsync<V1ConfigMap>(ClusterFixture.ConfigMaps, ns, "a", CancellationToken.None);

        Assert.Equal("changed", read?.Data["value"]);
        Assert.Equal(updated.Metadata.ResourceVersion, read?.Metadata.ResourceVersion);
        Assert.True(await Client.DeleteAsync(ClusterFixture.ConfigMaps, ns, "a", CancellationToken.None));
        Assert.False(await Client.DeleteAsync(ClusterFixture.ConfigMaps, ns, "a", CancellationToken.None));
        Assert.Null(await Client.GetAsync<V1ConfigMap>(ClusterFixture.ConfigMaps, ns, "a", CancellationToken.None));
    }

    [Fact]
    public async Task Update_StaleResourceVersion_ClassifiesAsConflict()
    {
        var ns = await cluster.CreateNamespaceAsync("conflict");
        var created = await Client.CreateAsync(ClusterFixture.ConfigMaps, ClusterFixture.ConfigMap(ns, "a"), CancellationToken.None);
        await Client.UpdateAsync(ClusterFixture.ConfigMaps, ClusterFixture.ConfigMap(ns, "a", "second") with { Metadata = new V1ObjectMeta { Name = "a", NamespaceProperty = ns, ResourceVersion = created.Metadata.ResourceVersion } }, CancellationToken.None);

        var error = await Assert.ThrowsAnyAsync<Exception>(() => Client.UpdateAsync(ClusterFixture.ConfigMaps, created, CancellationToken.None));

        Assert.Equal(ApiErrorKind.Conflict, ApiError.Classify(error));
    }

    [Fact]
    public async Task Create_Twice_ClassifiesAsAlreadyExists()
    {
        var ns = await cluster.CreateNamespaceAsync("exists");
        await Client.CreateAsync(ClusterFixture.ConfigMaps, ClusterFixture.ConfigMap(ns, "a"), CancellationToken.None);

        var error = await Assert.ThrowsAnyAsync<Exception>(() => Client.CreateAsync(ClusterFixture.ConfigMaps, ClusterFixture.ConfigMap(ns, "a"), CancellationToken.None));

        Assert.Equal(ApiErrorKind.AlreadyExists, ApiError.Classify(error));
    }

    [Fact]
    public async Task Create_InvalidName_ClassifiesAsInvalid()
    {
        var ns = await cluster.CreateNamespaceAsync("invalid");

        var error = await Assert.ThrowsAnyAsync<Exception>(() => Client.CreateAsync(ClusterFixture.ConfigMaps, ClusterFixture.ConfigMap(ns, "Not_A_Name"), CancellationToken.None));

        Assert.Equal(ApiErrorKind.Invalid, ApiError.Classify(error));
    }

    [Fact]
    public async Task Patch_MergePatch_ChangesOnlyTheGivenField()
    {
        var ns = await cluster.CreateNamespaceAsync("patch");
        await Client.CreateAsync(ClusterFixture.ConfigMaps, ClusterFixture.ConfigMap(ns, "a"), CancellationToken.None);

        var patched = await Client.PatchAsync<V1ConfigMap>(ClusterFixture.ConfigMaps, ns, "a",
            new V1Patch("""{"metadata":{"labels":{"x":"y"}}}""", V1Patch.PatchType.MergePatch), null, CancellationToken.None);

        Assert.Equal("y", patched.Metadata.Labels["x"]);
        Assert.Equal("v", patched.Data["value"]);
    }

    [Fact]
    public async Task List_WithLimit_PagesWithContinueToken()
    {
        var ns = await cluster.CreateNamespaceAsync("page");
        for (var i = 0; i < 5; i++)
        {
            await Client.CreateAsync(ClusterFixture.ConfigMaps, ClusterFixture.ConfigMap(ns, $"c{i}", labels: Mine), CancellationToken.None);
        }

        var first = await Client.ListAsync<V1ConfigMap>(ClusterFixture.ConfigMaps, ns, new ListOptions { Limit = 3, LabelSelector = "set=mine" }, CancellationToken.None);
        var second = await Client.ListAsync<V1ConfigMap>(ClusterFixture.ConfigMaps, ns, new ListOptions { Limit = 3, LabelSelector = "set=mine", Continue = first.Continue }, CancellationToken.None);

        Assert.Equal(3, first.Items.Count);
        Assert.NotNull(first.Continue);
        Assert.Equal(2, second.Items.Count);
        Assert.Null(second.Continue);
        Assert.NotEmpty(first.ResourceVersion);
    }

    [Fact]
    public async Task Watch_FromExpiredVersion_ThrowsGoneInsteadOfEndingQuietly()
    {
        var ns = await cluster.CreateNamespaceAsync("gone");
        var list = await Client.ListAsync<V1ConfigMap>(ClusterFixture.ConfigMaps, ns, null, CancellationToken.None);
        for (var i = 0; i < ClusterFixture.HistorySize + 5; i++)
        {
            await Client.CreateAsync(ClusterFixture.ConfigMaps, ClusterFixture.ConfigMap(ns, $"c{i}"), CancellationToken.None);
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var error = await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            await foreach (var _ in Client.WatchAsync<V1ConfigMap>(ClusterFixture.ConfigMaps, ns, new WatchOptions { ResourceVersion = list.ResourceVersion }, timeout.Token))
            {
            }
        });

        Assert.Equal(ApiErrorKind.Gone, ApiError.Classify(error));
    }

    [Fact]
    public async Task Watch_FromListVersion_SeesChangesAsTypedEvents()
    {
        var ns = await cluster.CreateNamespaceAsync("watch");
        var list = await Client.ListAsync<V1ConfigMap>(ClusterFixture.ConfigMaps, ns, null, CancellationToken.None);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var seen = new List<(WatchEventType, string)>();
        var watching = Task.Run(async () =>
        {
            await foreach (var change in Client.WatchAsync<V1ConfigMap>(ClusterFixture.ConfigMaps, ns, new WatchOptions { ResourceVersion = list.ResourceVersion, AllowBookmarks = false }, timeout.Token))
            {
                seen.Add((change.Type, change.Object.Metadata.Name));
                if (seen.Count == 2)
                {
                    return;
                }
            }
        });

        await Client.CreateAsync(ClusterFixture.ConfigMaps, ClusterFixture.ConfigMap(ns, "a"), CancellationToken.None);
        await Client.DeleteAsync(ClusterFixture.ConfigMaps, ns, "a", CancellationToken.None);
        await watching;

        Assert.Equal([(WatchEventType.Added, "a"), (WatchEventType.Deleted, "a")], seen);
    }
}
