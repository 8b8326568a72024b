using Ferry.Api.V1;
using Ferry.Api.WellKnown;
using Ferry.Controllers.ExternalSecrets;
using Ferry.Runtime.Events;
using Ferry.Testing;

namespace Ferry.Controllers.Tests.ExternalSecrets;

[Trait("Category", "Integration")]
public sealed class ExternalSecretSyncTests(ExternalSecretsFixture cluster) : IClassFixture<ExternalSecretsFixture>
{
    [Fact]
    public async Task Reconcile_NewExternalSecret_CreatesSecretAsEsoWritesIt()
    {
        var ns = await cluster.CreateNamespaceAsync("create");
        cluster.Stores.Add(ns, "store").Set("db-password", "s3cret");

        var created = await cluster.CreateAsync(Manifests.ExternalSecret(ns, "app"));
        var es = await cluster.WaitForReasonAsync(ns, "app", ExternalSecretReasons.SecretSynced, ExternalSecretMessages.Synced);
        var secret = await cluster.WaitForSecretAsync(ns, "app");

        Assert.Equal("s3cret", Manifests.Text(secret, "password"));
        Assert.Equal(Labels.ManagedValue, secret.Metadata.Labels[Labels.Managed]);
        Assert.Equal(Labels.CreatedByValue(ns, "app"), secret.Metadata.Labels[Labels.CreatedBy]);
        Assert.Equal(SecretHashes.DataHash(secret.Data), secret.Metadata.Annotations[Annotations.DataHash]);
        var owner = Assert.Single(secret.Metadata.OwnerReferences);
        Assert.Equal((ExternalSecret.GroupVersion, ExternalSecret.KubeKind, "app", created.Metadata.Uid, true, true),
            (owner.ApiVersion, owner.Kind, owner.Name, owner.Uid, owner.Controller, owner.BlockOwnerDeletion));
        Assert.Contains(secret.Metadata.ManagedFields, m => m.Manager == FieldManager.ForExternalSecret("app"));
        Assert.Contains(Finalizers.ExternalSecret, es.Metadata.Finalizers);
        Assert.Equal("app", es.Status!.Binding!.Name);
        Assert.Equal(SecretHashes.MetaHash(es.Metadata.Generation, es.Metadata.Annotations, es.Metadata.Labels), es.Status.SyncedResourceVersion);
        Assert.NotNull(es.Status.RefreshTime);
        Assert.Contains(cluster.Events.For(ns, "app"), e => e.Type == EventType.Normal && e.Reason == EventReasons.Created && e.Note == EventMessages.SecretCreated);
    }

    [Fact]
    public async Task Reconcile_OwnerTargetDeletedByUser_RecreatesItAtOnce()
    {
        var ns = await cluster.CreateNamespaceAsync("recreate");
        cluster.Stores.Add(ns, "store").Set("db-password", "v1");
        await cluster.CreateAsync(Manifests.ExternalSecret(ns, "app"));
        var first = await cluster.WaitForSecretAsync(ns, "app");

        await cluster.Client.DeleteAsync(ExternalSecretsFixture.Secrets, ns, "app", CancellationToken.None);

        var second = await cluster.WaitForSecretAsync(ns, "app", s => s.Metadata.Uid != first.Metadata.Uid);
        Assert.Equal("v1", Manifests.Text(second, "password"));
    }

    [Fact]
    public async Task Reconcile_TargetDataEditedByHand_RestoresIt()
    {
        var ns = await cluster.CreateNamespaceAsync("drift");
        cluster.Stores.Add(ns, "store").Set("db-password", "right");
        await cluster.CreateAsync(Manifests.ExternalSecret(ns, "app"));
        await cluster.WaitForSecretAsync(ns, "app");

        await cluster.Client.PatchAsync<k8s.Models.V1Secret>(ExternalSecretsFixture.Secrets, ns, "app",
            new k8s.Models.V1Patch("""{"data":{"password":"d3Jvbmc="}}""", k8s.Models.V1Patch.PatchType.MergePatch), null, CancellationToken.None);

        await cluster.WaitForSecretAsync(ns, "app", s => Manifests.Text(s, "password") == "right");
    }

    [Fact]
    public async Task Reconcile_ProviderDataChangesAtRefresh_UpdatesSecretAndRecordsUpdated()
    {
        var ns = await cluster.CreateNamespaceAsync("refresh");
        var store = cluster.Stores.Add(ns, "store");
        store.Set("db-password", "v1");
        await cluster.CreateAsync(Manifests.ExternalSecret(ns, "app", refreshInterval: "1m"));
        await cluster.WaitForSecretAsync(ns, "app");

        store.Set("db-password", "v2");
        await Eventually.True(async () =>
        {
            cluster.Time.Advance(TimeSpan.FromSeconds(30));
            return Manifests.Text((await cluster.GetSecretAsync(ns, "app"))!, "password") == "v2";
        }, "the refresh wrote the new value");

        // The event follows the Secret write, so the test may see the new value first.
        await Eventually.True(
            () => cluster.Events.For(ns, "app").Any(e => e.Reason == EventReasons.Updated && e.Note == EventMessages.SecretUpdated),
            "the Updated event was recorded");
    }

    [Fact]
    public async Task Reconcile_UnchangedRefresh_WritesOnlyStatusRefreshTime()
    {
        var ns = await cluster.CreateNamespaceAsync("steady");
        var store = cluster.Stores.Add(ns, "store");
        store.Set("db-password", "v1");
        await cluster.CreateAsync(Manifests.ExternalSecret(ns, "app", refreshInterval: "1h"));
        var synced = await cluster.WaitForReasonAsync(ns, "app", ExternalSecretReasons.SecretSynced);
        var secret = await cluster.WaitForSecretAsync(ns, "app");
        var callsBefore = store.Calls;

        cluster.Time.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));

        var refreshed = await cluster.WaitForAsync(ns, "app", es => es.Status!.RefreshTime > synced.Status!.RefreshTime);
        Assert.Equal(callsBefore + 1, store.Calls);
        Assert.Equal(secret.Metadata.ResourceVersion, (await cluster.GetSecretAsync(ns, "app"))!.Metadata.ResourceVersion);
        Assert.Equal(synced.Metadata.Generation, refreshed.Metadata.Generation);
        Assert.DoesNotContain(cluster.Events.For(ns, "app"), e => e.Reason == EventReasons.Updated);
    }

    [Fact]
    public async Task Reconcile_ProviderFails_KeepsSecretAndReportsError()
    {
        var ns = await cluster.CreateNamespaceAsync("outage");
        var store = cluster.Stores.Add(ns, "store");
        store.Set("db-password", "kept");
        await cluster.CreateAsync(Manifests.ExternalSecret(ns, "app", refreshInterval: "1m"));
        var secret = await cluster.WaitForSecretAsync(ns, "app");

        store.Failing = true;
        await cluster.PatchAsync(ns, "app", """{"metadata":{"annotations":{"force-sync":"1"}}}""");

        var failed = await cluster.WaitForReasonAsync(ns, "app", ExternalSecretReasons.SecretSyncedError, ExternalSecretMessages.ProviderError);
        Assert.Equal("False", ExternalSecretsFixture.Ready(failed)!.Status);
        var kept = await cluster.GetSecretAsync(ns, "app");
        Assert.Equal(secret.Metadata.ResourceVersion, kept!.Metadata.ResourceVersion);
        Assert.Equal("kept", Manifests.Text(kept, "password"));
        var warning = Assert.Single(cluster.Events.For(ns, "app"), e => e.Type == EventType.Warning);
        Assert.Equal(EventReasons.UpdateFailed, warning.Reason);
        Assert.Contains("backend unavailable", warning.Note);
        Assert.DoesNotContain("kept", warning.Note);
    }

    [Fact]
    public async Task Reconcile_Synced_ExportsEsoMetricNamesAndLabels()
    {
        using var exporter = new Ferry.Runtime.Diagnostics.PrometheusExporter(cluster.Controller.Meter);
        var ns = await cluster.CreateNamespaceAsync("metrics");
        cluster.Stores.Add(ns, "store").Set("db-password", "v1");

        await cluster.CreateAsync(Manifests.ExternalSecret(ns, "app"));
        await cluster.WaitForReasonAsync(ns, "app", ExternalSecretReasons.SecretSynced);

        await Eventually.True(() => exporter.Render().Contains($"externalsecret_status_condition{{condition=\"Ready\",name=\"app\",namespace=\"{ns}\",status=\"True\"}} 1\n", StringComparison.Ordinal),
            "the Ready gauge is exported");
        var text = exporter.Render();
        Assert.Contains($"externalsecret_status_condition{{condition=\"Ready\",name=\"app\",namespace=\"{ns}\",status=\"False\"}} 0\n", text, StringComparison.Ordinal);
        Assert.Contains($"externalsecret_sync_calls_total{{name=\"app\",namespace=\"{ns}\"}}", text, StringComparison.Ordinal);
        Assert.Contains($"externalsecret_reconcile_duration{{name=\"app\",namespace=\"{ns}\"}}", text, StringComparison.Ordinal);
        Assert.Contains("externalsecret_provider_api_calls_count{call=\"GetSecret\",provider=\"fake\",status=\"success\"}", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reconcile_ForceSyncAnnotation_RefreshesBeforeTheInterval()
    {
        var ns = await cluster.CreateNamespaceAsync("force");
        var store = cluster.Stores.Add(ns, "store");
        store.Set("db-password", "v1");
        await cluster.CreateAsync(Manifests.ExternalSecret(ns, "app", refreshInterval: "24h"));
        await cluster.WaitForSecretAsync(ns, "app");

        store.Set("db-password", "v2");
        await cluster.PatchAsync(ns, "app", """{"metadata":{"annotations":{"force-sync":"1700000000"}}}""");

        await cluster.WaitForSecretAsync(ns, "app", s => Manifests.Text(s, "password") == "v2");
    }
}
