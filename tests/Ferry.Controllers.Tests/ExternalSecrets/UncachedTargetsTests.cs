using Ferry.Api.V1;
using Ferry.Controllers.ExternalSecrets;

namespace Ferry.Controllers.Tests.ExternalSecrets;

public sealed class UncachedTargetsTests
{
    private static ExternalSecret Synced(ExternalSecretCreationPolicy? creation, string? boundTo)
    {
        var es = Manifests.ExternalSecret("ns", "app", creation: creation);
        es.Status = new ExternalSecretStatus
        {
            SyncedResourceVersion = RefreshDecision.CurrentMetaHash(es),
            RefreshTime = DateTimeOffset.UnixEpoch,
            Binding = boundTo is null ? null : new LocalObjectReference { Name = boundTo },
        };
        return es;
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData(ExternalSecretCreationPolicy.Owner, true)]
    [InlineData(ExternalSecretCreationPolicy.Orphan, true)]
    [InlineData(ExternalSecretCreationPolicy.CreateOrMerge, true)]
    [InlineData(ExternalSecretCreationPolicy.Merge, false)]
    [InlineData(ExternalSecretCreationPolicy.None, false)]
    public void CanCreateFirst_NeverSynced_OnlyForPoliciesThatCreate(ExternalSecretCreationPolicy? creation, bool expected)
    {
        Assert.Equal(expected, UncachedTargets.CanCreateFirst(Manifests.ExternalSecret("ns", "app", creation: creation)));
    }

    [Fact]
    public void CanCreateFirst_SyncedIntoThisTarget_ReadsFirst()
    {
        Assert.False(UncachedTargets.CanCreateFirst(Synced(ExternalSecretCreationPolicy.Owner, "app")));
    }

    [Fact]
    public void CanCreateFirst_SyncedIntoAnotherName_CreatesTheNewTargetFirst()
    {
        var renamed = Synced(ExternalSecretCreationPolicy.Owner, "app");
        renamed.Spec.Target!.Name = "app-renamed";

        Assert.True(UncachedTargets.CanCreateFirst(renamed));
    }

    [Fact]
    public void CanCreateFirst_StatusWithoutSyncedVersion_CountsAsNeverSynced()
    {
        var es = Synced(ExternalSecretCreationPolicy.Owner, "app");
        es.Status!.SyncedResourceVersion = null;

        Assert.True(UncachedTargets.CanCreateFirst(es));
    }
}
