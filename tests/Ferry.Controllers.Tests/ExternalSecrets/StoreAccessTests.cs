using Ferry.Api.V1;
using Ferry.Api.WellKnown;
using Ferry.Controllers.ExternalSecrets;
using Ferry.Controllers.Stores;
using k8s.Models;

namespace Ferry.Controllers.Tests.ExternalSecrets;

[Trait("Category", "Integration")]
public sealed class StoreAccessTests(ExternalSecretsFixture cluster) : IClassFixture<ExternalSecretsFixture>
{
    [Fact]
    public async Task Reconcile_StoreNotReady_ReportsResolutionMessageAndWritesNothing()
    {
        var ns = await cluster.CreateNamespaceAsync("floodgate");
        var store = cluster.Stores.Add(ns, "store");
        store.Set("db-password", "v1");
        store.Outcome = StoreResolutionOutcome.NotReady;
        store.Message = "SecretStore \"store\" is not ready";

        await cluster.CreateAsync(Manifests.ExternalSecret(ns, "app"));

        await cluster.WaitForReasonAsync(ns, "app", ExternalSecretReasons.SecretSyncedError, "SecretStore \"store\" is not ready");
        Assert.Null(await cluster.GetSecretAsync(ns, "app"));
        Assert.Equal(0, store.Calls);
    }

    [Fact]
    public async Task StoreChanged_StoreBecomesReady_SyncsDependentsAtOnce()
    {
        var ns = await cluster.CreateNamespaceAsync("ready");
        var store = cluster.Stores.Add(ns, "store");
        store.Set("db-password", "v1");
        store.Outcome = StoreResolutionOutcome.NotReady;
        store.Message = "SecretStore \"store\" is not ready";
        await cluster.CreateAsync(Manifests.ExternalSecret(ns, "one"));
        await cluster.CreateAsync(Manifests.ExternalSecret(ns, "two"));
        await cluster.WaitForReasonAsync(ns, "one", ExternalSecretReasons.SecretSyncedError);
        await cluster.WaitForReasonAsync(ns, "two", ExternalSecretReasons.SecretSyncedError);

        store.Outcome = StoreResolutionOutcome.Usable;
        cluster.Controller.StoreDependents.StoreChanged(store.Identity);

        await cluster.WaitForSecretAsync(ns, "one");
        await cluster.WaitForSecretAsync(ns, "two");
    }

    [Fact]
    public async Task StoreChanged_NewStoreData_RefreshesPeriodicDependentsBeforeTheirInterval()
    {
        var ns = await cluster.CreateNamespaceAsync("storechange");
        var store = cluster.Stores.Add(ns, "store");
        var other = cluster.Stores.Add(ns, "other");
        store.Set("db-password", "v1");
        other.Set("db-password", "x1");
        await cluster.CreateAsync(Manifests.ExternalSecret(ns, "app", refreshInterval: "24h"));
        await cluster.CreateAsync(Manifests.ExternalSecret(ns, "bystander", store: "other", refreshInterval: "24h"));
        await cluster.WaitForSecretAsync(ns, "app");
        await cluster.WaitForSecretAsync(ns, "bystander");
        var bystanderCalls = other.Calls;

        store.Set("db-password", "v2");
        cluster.Controller.StoreDependents.StoreChanged(store.Identity);

        await cluster.WaitForSecretAsync(ns, "app", s => Manifests.Text(s, "password") == "v2");
        Assert.Equal(bystanderCalls, other.Calls);
    }

    [Fact]
    public async Task Reconcile_MissingStore_ReportsNotFound()
    {
        var ns = await cluster.CreateNamespaceAsync("nostore");

        await cluster.CreateAsync(Manifests.ExternalSecret(ns, "app", store: "absent"));

        await cluster.WaitForReasonAsync(ns, "app", ExternalSecretReasons.SecretSyncedError, "SecretStore \"absent\" not found");
    }

    [Fact]
    public async Task Reconcile_StoreOfAnotherControllerClass_LeavesStatusAlone()
    {
        var ns = await cluster.CreateNamespaceAsync("otherclass");
        var store = cluster.Stores.Add(ns, "store");
        store.Outcome = StoreResolutionOutcome.OtherControllerClass;
        store.Message = "can not reference unmanaged store";

        await cluster.CreateAsync(Manifests.ExternalSecret(ns, "app"));

        var es = await cluster.WaitIdleAsync(ns, "app", e => e.Metadata.Finalizers?.Count > 0);
        Assert.Null(es.Status);
        Assert.Null(await cluster.GetSecretAsync(ns, "app"));
    }

    [Fact]
    public async Task Reconcile_SecretWrittenByEso_IsNotRewritten()
    {
        var ns = await cluster.CreateNamespaceAsync("eso");
        var store = cluster.Stores.Add(ns, "store");
        store.Set("db-password", "v1");
        store.Outcome = StoreResolutionOutcome.NotFound;
        store.Message = "SecretStore \"store\" not found";
        var es = await cluster.CreateAsync(Manifests.ExternalSecret(ns, "app", refreshInterval: "1h"));
        await cluster.WaitForReasonAsync(ns, "app", ExternalSecretReasons.SecretSyncedError);

        // The Secret exactly as ESO 2.9 writes it (eso-behaviour.md §1.9, §2.4), under ESO's field manager.
        var data = new Dictionary<string, byte[]> { ["password"] = "v1"u8.ToArray() };
        var esoSecret = new V1Secret
        {
            Metadata = new V1ObjectMeta
            {
                Name = "app",
                NamespaceProperty = ns,
                Labels = new Dictionary<string, string>
                {
                    [Labels.Managed] = "true",
                    [Labels.CreatedBy] = Api.Hashing.Sha3.Hash224Hex($"{ns}/app"),
                },
                Annotations = new Dictionary<string, string> { [Annotations.DataHash] = SecretHashes.DataHash(data) },
                OwnerReferences =
                [
                    new V1OwnerReference
                    {
                        ApiVersion = "external-secrets.io/v1", Kind = "ExternalSecret", Name = "app", Uid = es.Metadata.Uid,
                        Controller = true, BlockOwnerDeletion = true,
                    },
                ],
            },
            Type = "Opaque",
            Data = data,
        };
        var written = await cluster.Client.CreateAsync(ExternalSecretsFixture.Secrets, esoSecret, "externalsecrets.external-secrets.io/app", CancellationToken.None);
        var current = (await cluster.GetAsync(ns, "app"))!;
        var lastSync = DateTimeOffset.UtcNow.AddHours(-2);
        await cluster.Client.PatchStatusAsync<ExternalSecret>(ExternalSecretsFixture.ExternalSecretType, ns, "app", new V1Patch(
            $$$"""
            {"status":{"refreshTime":"{{{lastSync:yyyy-MM-ddTHH:mm:ssZ}}}","syncedResourceVersion":"{{{SecretHashes.MetaHash(current.Metadata.Generation, current.Metadata.Annotations, current.Metadata.Labels)}}}",
             "binding":{"name":"app"},
             "conditions":[{"type":"Ready","status":"True","reason":"SecretSynced","message":"secret synced","lastTransitionTime":"{{{lastSync:yyyy-MM-ddTHH:mm:ssZ}}}"}]}}
            """, V1Patch.PatchType.MergePatch), null, CancellationToken.None);

        store.Outcome = StoreResolutionOutcome.Usable;
        cluster.Controller.StoreDependents.StoreChanged(store.Identity);

        await cluster.WaitForAsync(ns, "app", e => e.Status!.RefreshTime > lastSync.AddHours(1));
        Assert.Equal(1, store.Calls);
        Assert.Equal(written.Metadata.ResourceVersion, (await cluster.GetSecretAsync(ns, "app"))!.Metadata.ResourceVersion);
    }
}
