using Ferry.Api.V1;
using Ferry.Api.WellKnown;
using Ferry.Testing;

namespace Ferry.Controllers.Tests.ExternalSecrets;

/// <summary>
/// Every row of ESO's creationPolicy × deletionPolicy matrix (eso-behaviour.md §2.7): the first sync, the provider
/// key disappearing (not-found under each deletion policy) and the ExternalSecret being deleted.
/// </summary>
[Trait("Category", "Integration")]
public sealed class PolicyMatrixTests(ExternalSecretsFixture cluster) : IClassFixture<ExternalSecretsFixture>
{
    public static TheoryData<ExternalSecretCreationPolicy, ExternalSecretDeletionPolicy> Rows => new()
    {
        { ExternalSecretCreationPolicy.Owner, ExternalSecretDeletionPolicy.Retain },
        { ExternalSecretCreationPolicy.Owner, ExternalSecretDeletionPolicy.Delete },
        { ExternalSecretCreationPolicy.Owner, ExternalSecretDeletionPolicy.Merge },
        { ExternalSecretCreationPolicy.Orphan, ExternalSecretDeletionPolicy.Retain },
        { ExternalSecretCreationPolicy.Orphan, ExternalSecretDeletionPolicy.Delete },
        { ExternalSecretCreationPolicy.Orphan, ExternalSecretDeletionPolicy.Merge },
        { ExternalSecretCreationPolicy.Merge, ExternalSecretDeletionPolicy.Retain },
        { ExternalSecretCreationPolicy.Merge, ExternalSecretDeletionPolicy.Delete },
        { ExternalSecretCreationPolicy.Merge, ExternalSecretDeletionPolicy.Merge },
        { ExternalSecretCreationPolicy.None, ExternalSecretDeletionPolicy.Retain },
        { ExternalSecretCreationPolicy.None, ExternalSecretDeletionPolicy.Delete },
        { ExternalSecretCreationPolicy.None, ExternalSecretDeletionPolicy.Merge },
        { ExternalSecretCreationPolicy.CreateOrMerge, ExternalSecretDeletionPolicy.Retain },
        { ExternalSecretCreationPolicy.CreateOrMerge, ExternalSecretDeletionPolicy.Delete },
        { ExternalSecretCreationPolicy.CreateOrMerge, ExternalSecretDeletionPolicy.Merge },
    };

    private static bool Adopts(ExternalSecretCreationPolicy creation) =>
        creation is ExternalSecretCreationPolicy.Merge or ExternalSecretCreationPolicy.CreateOrMerge or ExternalSecretCreationPolicy.None;

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task FirstSync_EachRow_WritesWhatThePolicyAllows(ExternalSecretCreationPolicy creation, ExternalSecretDeletionPolicy deletion)
    {
        var ns = await SetUpAsync(creation, deletion, "first");

        var es = await cluster.WaitForAsync(ns, "app", e => ExternalSecretsFixture.Ready(e) is { Status: "True" });
        var secret = await cluster.GetSecretAsync(ns, "app");
        Assert.NotNull(secret);
        switch (creation)
        {
            case ExternalSecretCreationPolicy.Owner:
                Assert.Equal("v1", Manifests.Text(secret, "password"));
                Assert.True(Assert.Single(secret.Metadata.OwnerReferences).Controller);
                Assert.True(secret.Metadata.Labels.ContainsKey(Labels.CreatedBy));
                break;
            case ExternalSecretCreationPolicy.Orphan:
                Assert.Equal("v1", Manifests.Text(secret, "password"));
                Assert.Null(secret.Metadata.OwnerReferences);
                Assert.False(secret.Metadata.Labels.ContainsKey(Labels.CreatedBy));
                break;
            case ExternalSecretCreationPolicy.Merge or ExternalSecretCreationPolicy.CreateOrMerge:
                Assert.Equal("v1", Manifests.Text(secret, "password"));
                Assert.Equal("keep", Manifests.Text(secret, "other"));
                Assert.Null(secret.Metadata.OwnerReferences);
                break;
            case ExternalSecretCreationPolicy.None:
                Assert.False(secret.Data.ContainsKey("password"));
                Assert.Null(es.Status!.Binding);
                break;
        }

        Assert.Equal(ExternalSecretReasons.SecretSynced, ExternalSecretsFixture.Ready(es)!.Reason);
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task ProviderKeyRemoved_EachRow_FollowsDeletionPolicy(ExternalSecretCreationPolicy creation, ExternalSecretDeletionPolicy deletion)
    {
        var ns = await SetUpAsync(creation, deletion, "gone");
        var synced = await cluster.WaitForAsync(ns, "app", e => ExternalSecretsFixture.Ready(e) is { Status: "True" });
        var before = await cluster.GetSecretAsync(ns, "app");

        cluster.Stores.Add(ns, "store");
        await cluster.PatchAsync(ns, "app", """{"metadata":{"annotations":{"force-sync":"1"}}}""");
        var es = await cluster.WaitForAsync(ns, "app", e => e.Status?.SyncedResourceVersion != synced.Status!.SyncedResourceVersion
            || ExternalSecretsFixture.Ready(e)?.Status == "False");
        var ready = ExternalSecretsFixture.Ready(es)!;
        var after = await cluster.GetSecretAsync(ns, "app");

        switch (deletion)
        {
            case ExternalSecretDeletionPolicy.Retain:
                // NoSecretErr is an error under Retain: the Secret stays exactly as it was.
                Assert.Equal((ExternalSecretReasons.SecretSyncedError, ExternalSecretMessages.ProviderError), (ready.Reason, ready.Message));
                Assert.Equal(before?.Metadata.ResourceVersion, after?.Metadata.ResourceVersion);
                break;
            case ExternalSecretDeletionPolicy.Delete when creation == ExternalSecretCreationPolicy.Owner:
                Assert.Equal((ExternalSecretReasons.SecretDeleted, ExternalSecretMessages.Deleted), (ready.Reason, ready.Message));
                await cluster.WaitForSecretGoneAsync(ns, "app");
                await Eventually.True(() => cluster.Events.For(ns, "app").Any(e => e.Reason == EventReasons.Deleted && e.Note == EventMessages.SecretDeleted), "the event was recorded");
                await Eventually.True(() => cluster.Events.For(ns, "app").Any(e => e.Reason == EventReasons.MissingProviderSecret), "the event was recorded");
                break;
            case ExternalSecretDeletionPolicy.Delete:
                // Admission forbids these rows; the controller refuses at run time and deletes nothing.
                Assert.Equal((ExternalSecretReasons.SecretSyncedError, ExternalSecretMessages.DeleteFailed), (ready.Reason, ready.Message));
                Assert.Equal(before?.Metadata.ResourceVersion, after?.Metadata.ResourceVersion);
                break;
            case ExternalSecretDeletionPolicy.Merge when creation == ExternalSecretCreationPolicy.None:
                Assert.Equal(ExternalSecretReasons.SecretSynced, ready.Reason);
                Assert.Equal(before?.Metadata.ResourceVersion, after?.Metadata.ResourceVersion);
                break;
            case ExternalSecretDeletionPolicy.Merge:
                // The managed keys go, the Secret stays (with the keys Ferry does not own).
                Assert.Equal(ExternalSecretReasons.SecretSynced, ready.Reason);
                var merged = await cluster.WaitForSecretAsync(ns, "app", s => s.Data is null || !s.Data.ContainsKey("password"));
                Assert.Equal(Adopts(creation), merged.Data?.ContainsKey("other") == true);
                break;
        }
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task ExternalSecretDeleted_EachRow_KeepsOrRemovesTheSecret(ExternalSecretCreationPolicy creation, ExternalSecretDeletionPolicy deletion)
    {
        var ns = await SetUpAsync(creation, deletion, "delete");
        await cluster.WaitForAsync(ns, "app", e => ExternalSecretsFixture.Ready(e) is { Status: "True" } && e.Metadata.Finalizers?.Count > 0);

        await cluster.DeleteAsync(ns, "app");
        await cluster.WaitForExternalSecretGoneAsync(ns, "app");

        if (creation == ExternalSecretCreationPolicy.Owner)
        {
            // Owner targets go with their owner: by the finalizer under Delete, by garbage collection otherwise.
            await cluster.WaitForSecretGoneAsync(ns, "app");
        }
        else
        {
            Assert.NotNull(await cluster.GetSecretAsync(ns, "app"));
        }

        var deletedEvent = cluster.Events.For(ns, "app").Any(e => e.Reason == EventReasons.Deleted);
        Assert.Equal(creation == ExternalSecretCreationPolicy.Owner && deletion == ExternalSecretDeletionPolicy.Delete, deletedEvent);
    }

    [Fact]
    public async Task FirstSync_MergeWithoutTarget_WaitsWithSecretMissing()
    {
        var ns = await cluster.CreateNamespaceAsync("missing");
        cluster.Stores.Add(ns, "store").Set("db-password", "v1");

        await cluster.CreateAsync(Manifests.ExternalSecret(ns, "app", creation: ExternalSecretCreationPolicy.Merge));

        await cluster.WaitForReasonAsync(ns, "app", ExternalSecretReasons.SecretMissing, ExternalSecretMessages.MissingMergeTarget);
        Assert.Null(await cluster.GetSecretAsync(ns, "app"));
    }

    [Fact]
    public async Task FirstSync_CreateOrMergeWithoutTarget_CreatesIt()
    {
        var ns = await cluster.CreateNamespaceAsync("createormerge");
        cluster.Stores.Add(ns, "store").Set("db-password", "v1");

        await cluster.CreateAsync(Manifests.ExternalSecret(ns, "app", creation: ExternalSecretCreationPolicy.CreateOrMerge));

        var secret = await cluster.WaitForSecretAsync(ns, "app");
        Assert.Equal("v1", Manifests.Text(secret, "password"));
        Assert.Null(secret.Metadata.OwnerReferences);
    }

    [Fact]
    public async Task FirstSync_OwnerOverForeignSecret_RefusesAndLeavesItAlone()
    {
        var ns = await cluster.CreateNamespaceAsync("foreign");
        cluster.Stores.Add(ns, "store").Set("db-password", "v1");
        var foreign = await cluster.CreateSecretAsync(Manifests.Secret(ns, "app", new Dictionary<string, string> { ["mine"] = "hands off" }));

        await cluster.CreateAsync(Manifests.ExternalSecret(ns, "app"));

        await cluster.WaitForReasonAsync(ns, "app", ExternalSecretReasons.SecretSyncedError, ExternalSecretMessages.OwnershipFailed);
        Assert.Equal(foreign.Metadata.ResourceVersion, (await cluster.GetSecretAsync(ns, "app"))!.Metadata.ResourceVersion);
    }

    [Fact]
    public async Task FirstSync_OrphanOverForeignSecret_RefusesAndLeavesItAlone()
    {
        var ns = await cluster.CreateNamespaceAsync("foreign-orphan");
        cluster.Stores.Add(ns, "store").Set("db-password", "v1");
        var foreign = await cluster.CreateSecretAsync(Manifests.Secret(ns, "app", new Dictionary<string, string> { ["mine"] = "hands off" }));

        await cluster.CreateAsync(Manifests.ExternalSecret(ns, "app", creation: ExternalSecretCreationPolicy.Orphan));

        var es = await cluster.WaitForReasonAsync(ns, "app", ExternalSecretReasons.SecretSyncedError, ExternalSecretMessages.OwnershipFailed);
        Assert.Null(es.Status?.Binding);
        var secret = (await cluster.GetSecretAsync(ns, "app"))!;
        Assert.Equal(foreign.Metadata.ResourceVersion, secret.Metadata.ResourceVersion);
        Assert.Equal(["mine"], secret.Data.Keys);
    }

    [Fact]
    public async Task FirstSync_CreateOrMergeOverForeignSecret_AdoptsItAndKeepsItsKeys()
    {
        var ns = await cluster.CreateNamespaceAsync("foreign-adopt");
        cluster.Stores.Add(ns, "store").Set("db-password", "v1");
        await cluster.CreateSecretAsync(Manifests.Secret(ns, "app", new Dictionary<string, string> { ["mine"] = "kept" }));

        await cluster.CreateAsync(Manifests.ExternalSecret(ns, "app", creation: ExternalSecretCreationPolicy.CreateOrMerge));

        var es = await cluster.WaitForAsync(ns, "app", e => ExternalSecretsFixture.Ready(e) is { Status: "True" });
        Assert.Equal("app", es.Status?.Binding?.Name);
        var secret = (await cluster.GetSecretAsync(ns, "app"))!;
        Assert.Equal("v1", Manifests.Text(secret, "password"));
        Assert.Equal("kept", Manifests.Text(secret, "mine"));
        Assert.Equal(Labels.ManagedValue, secret.Metadata.Labels[Labels.Managed]);
        Assert.Null(secret.Metadata.OwnerReferences);
        Assert.DoesNotContain(cluster.Events.For(ns, "app"), e => e.Reason == EventReasons.Created);
    }

    [Fact]
    public async Task Reconcile_TargetRenamed_DeletesTheOrphanedOwnerSecret()
    {
        var ns = await cluster.CreateNamespaceAsync("rename");
        cluster.Stores.Add(ns, "store").Set("db-password", "v1");
        await cluster.CreateAsync(Manifests.ExternalSecret(ns, "app"));
        await cluster.WaitForSecretAsync(ns, "app");

        await cluster.PatchAsync(ns, "app", """{"spec":{"target":{"name":"app-renamed"}}}""");

        await cluster.WaitForSecretAsync(ns, "app-renamed");
        await cluster.WaitForSecretGoneAsync(ns, "app");
        await Eventually.True(() => cluster.Events.For(ns, "app").Any(e => e.Reason == EventReasons.Deleted && e.Note == EventMessages.OrphanDeleted), "the event was recorded");
    }

    private async Task<string> SetUpAsync(ExternalSecretCreationPolicy creation, ExternalSecretDeletionPolicy deletion, string prefix)
    {
        var ns = await cluster.CreateNamespaceAsync($"{prefix}-{creation}-{deletion}".ToLowerInvariant());
        cluster.Stores.Add(ns, "store").Set("db-password", "v1");
        if (Adopts(creation))
        {
            await cluster.CreateSecretAsync(Manifests.Secret(ns, "app", new Dictionary<string, string> { ["other"] = "keep" }));
        }

        await cluster.CreateAsync(Manifests.ExternalSecret(ns, "app", creation: creation, deletion: deletion, refreshInterval: "1h"));
        return ns;
    }
}
