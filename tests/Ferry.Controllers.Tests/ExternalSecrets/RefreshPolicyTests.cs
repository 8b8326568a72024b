using Ferry.Api.V1;
using Ferry.Api.WellKnown;

namespace Ferry.Controllers.Tests.ExternalSecrets;

[Trait("Category", "Integration")]
public sealed class RefreshPolicyTests(ExternalSecretsFixture cluster) : IClassFixture<ExternalSecretsFixture>
{
    [Fact]
    public async Task Periodic_IntervalElapses_RefreshesFromProvider()
    {
        var (ns, store) = await SyncedAsync("periodic", ExternalSecretRefreshPolicy.Periodic);

        store.Set("db-password", "v2");
        cluster.Time.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(1));

        await cluster.WaitForSecretAsync(ns, "app", s => Manifests.Text(s, "password") == "v2");
    }

    [Fact]
    public async Task CreatedOnce_IntervalElapsesOrMetadataChanges_NeverRefreshes()
    {
        var (ns, store) = await SyncedAsync("once", ExternalSecretRefreshPolicy.CreatedOnce);
        var calls = store.Calls;

        store.Set("db-password", "v2");
        cluster.Time.Advance(TimeSpan.FromMinutes(21));
        await cluster.PatchAsync(ns, "app", """{"metadata":{"annotations":{"force-sync":"1"}}}""");
        await cluster.PatchAsync(ns, "app", """{"metadata":{"labels":{"probe":"1"}}}""");
        await cluster.WaitIdleAsync(ns, "app", es => es.Metadata.Labels?.ContainsKey("probe") == true);

        Assert.Equal(calls, store.Calls);
        Assert.Equal("v1", Manifests.Text((await cluster.GetSecretAsync(ns, "app"))!, "password"));
    }

    [Fact]
    public async Task OnChange_IntervalElapses_DoesNotRefreshButMetadataChangeDoes()
    {
        var (ns, store) = await SyncedAsync("onchange", ExternalSecretRefreshPolicy.OnChange);
        var calls = store.Calls;

        store.Set("db-password", "v2");
        cluster.Time.Advance(TimeSpan.FromMinutes(21));
        await cluster.WaitIdleAsync(ns, "app", _ => true);
        Assert.Equal("v1", Manifests.Text((await cluster.GetSecretAsync(ns, "app"))!, "password"));
        Assert.Equal(calls, store.Calls);

        await cluster.PatchAsync(ns, "app", """{"metadata":{"annotations":{"force-sync":"2"}}}""");

        await cluster.WaitForSecretAsync(ns, "app", s => Manifests.Text(s, "password") == "v2");
    }

    [Fact]
    public async Task Periodic_ZeroInterval_SyncsOnceEvenWhenSpecChanges()
    {
        var ns = await cluster.CreateNamespaceAsync("zero");
        var store = cluster.Stores.Add(ns, "store");
        store.Set("db-password", "v1");
        await cluster.CreateAsync(Manifests.ExternalSecret(ns, "app", refreshInterval: "0s"));
        var synced = await cluster.WaitForReasonAsync(ns, "app", ExternalSecretReasons.SecretSynced);
        var calls = store.Calls;

        store.Set("db-password", "v2");
        await cluster.PatchAsync(ns, "app", """{"metadata":{"labels":{"probe":"1"}}}""");
        cluster.Time.Advance(TimeSpan.FromHours(2));
        var changed = await cluster.WaitIdleAsync(ns, "app", e => e.Metadata.Labels?.ContainsKey("probe") == true);

        Assert.Equal(calls, store.Calls);
        Assert.Equal(synced.Status!.RefreshTime, changed.Status!.RefreshTime);
    }

    private async Task<(string Namespace, TestStore Store)> SyncedAsync(string prefix, ExternalSecretRefreshPolicy policy)
    {
        var ns = await cluster.CreateNamespaceAsync(prefix);
        var store = cluster.Stores.Add(ns, "store");
        store.Set("db-password", "v1");
        await cluster.CreateAsync(Manifests.ExternalSecret(ns, "app", refreshInterval: "10m", refreshPolicy: policy));
        await cluster.WaitForSecretAsync(ns, "app", s => Manifests.Text(s, "password") == "v1");
        await cluster.WaitForReasonAsync(ns, "app", ExternalSecretReasons.SecretSynced);
        return (ns, store);
    }
}
