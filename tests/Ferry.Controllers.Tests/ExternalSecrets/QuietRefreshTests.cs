using Ferry.Api.WellKnown;

namespace Ferry.Controllers.Tests.ExternalSecrets;

[Trait("Category", "Integration")]
public sealed class QuietRefreshTests(QuietRefreshFixture cluster) : IClassFixture<QuietRefreshFixture>
{
    [Fact]
    public async Task Reconcile_UnchangedRefreshWithRefreshTimeWritesOff_WritesNothing()
    {
        var ns = await cluster.CreateNamespaceAsync("quiet");
        var store = cluster.Stores.Add(ns, "store");
        store.Set("db-password", "v1");
        await cluster.CreateAsync(Manifests.ExternalSecret(ns, "app", refreshInterval: "1h"));
        var synced = await cluster.WaitForReasonAsync(ns, "app", ExternalSecretReasons.SecretSynced);
        var secret = await cluster.WaitForSecretAsync(ns, "app");
        await cluster.WaitIdleAsync(ns, "app", es => es.Status?.RefreshTime is not null);
        var calls = store.Calls;

        cluster.Time.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));
        await Ferry.Testing.Eventually.True(() => store.Calls > calls, "the refresh read the provider");
        var after = await cluster.WaitIdleAsync(ns, "app", _ => true);

        Assert.Equal(synced.Metadata.ResourceVersion, (await cluster.GetAsync(ns, "app"))!.Metadata.ResourceVersion);
        Assert.Equal(secret.Metadata.ResourceVersion, (await cluster.GetSecretAsync(ns, "app"))!.Metadata.ResourceVersion);
        Assert.Equal(synced.Status!.RefreshTime, after.Status!.RefreshTime);
    }
}
