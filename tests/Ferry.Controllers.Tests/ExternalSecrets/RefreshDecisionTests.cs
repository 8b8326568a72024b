using Ferry.Api.V1;
using Ferry.Api.WellKnown;
using Ferry.Controllers.ExternalSecrets;
using k8s.Models;

namespace Ferry.Controllers.Tests.ExternalSecrets;

public sealed class RefreshDecisionTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);
    private static readonly SyncWindowGate Windows = new();

    private static ExternalSecret Synced(ExternalSecretRefreshPolicy? policy, string interval, TimeSpan ago)
    {
        var es = Manifests.ExternalSecret("ns", "app", refreshInterval: interval, refreshPolicy: policy);
        es.Metadata.Generation = 1;
        es.Status = new ExternalSecretStatus { RefreshTime = Now - ago, SyncedResourceVersion = RefreshDecision.CurrentMetaHash(es) };
        return es;
    }

    [Theory]
    [InlineData(null, "1h", 30, false)]
    [InlineData(null, "1h", 61, true)]
    [InlineData(ExternalSecretRefreshPolicy.Periodic, "1h", 61, true)]
    [InlineData(ExternalSecretRefreshPolicy.Periodic, "0", 600, false)]
    [InlineData(ExternalSecretRefreshPolicy.CreatedOnce, "1h", 600, false)]
    [InlineData(ExternalSecretRefreshPolicy.OnChange, "1h", 600, false)]
    public void ShouldRefresh_SyncedUnchanged_FollowsPolicyAndInterval(ExternalSecretRefreshPolicy? policy, string interval, int minutesAgo, bool expected)
    {
        Assert.Equal(expected, RefreshDecision.ShouldRefresh(Synced(policy, interval, TimeSpan.FromMinutes(minutesAgo)), Now, Windows));
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData(ExternalSecretRefreshPolicy.OnChange, true)]
    [InlineData(ExternalSecretRefreshPolicy.CreatedOnce, false)]
    public void ShouldRefresh_MetadataChanged_RefreshesUnlessCreatedOnce(ExternalSecretRefreshPolicy? policy, bool expected)
    {
        var es = Synced(policy, "1h", TimeSpan.FromMinutes(1));
        es.Metadata.Annotations = new Dictionary<string, string> { ["force-sync"] = "now" };

        Assert.Equal(expected, RefreshDecision.ShouldRefresh(es, Now, Windows));
    }

    [Fact]
    public void ShouldRefresh_RefreshTimeInTheFuture_Refreshes()
    {
        Assert.True(RefreshDecision.ShouldRefresh(Synced(null, "1h", TimeSpan.FromMinutes(-5)), Now, Windows));
    }

    [Fact]
    public void ShouldRefresh_DenyWindowActive_BlocksOnlyTheTimedRefresh()
    {
        var es = Synced(null, "1h", TimeSpan.FromHours(2));
        es.Spec.SyncWindows = new SyncWindows { Kind = SyncWindowKind.Deny, Windows = [new SyncWindow { Schedule = "0 11 * * *", Duration = "2h" }] };

        Assert.False(RefreshDecision.ShouldRefresh(es, Now, Windows));
        es.Metadata.Labels = new Dictionary<string, string> { ["changed"] = "yes" };
        Assert.True(RefreshDecision.ShouldRefresh(es, Now, Windows));
    }

    [Fact]
    public void ShouldRefresh_AllowWindowInactive_Blocks()
    {
        var es = Synced(null, "1h", TimeSpan.FromHours(2));
        es.Spec.SyncWindows = new SyncWindows { Kind = SyncWindowKind.Allow, Windows = [new SyncWindow { Schedule = "0 3 * * *", Duration = "1h" }] };

        Assert.False(RefreshDecision.ShouldRefresh(es, Now, Windows));
    }

    [Fact]
    public void IsSecretValid_HashMismatchOrMissingLabel_IsInvalidExceptForOrphan()
    {
        var es = Manifests.ExternalSecret("ns", "app");
        var data = new Dictionary<string, byte[]> { ["k"] = "v"u8.ToArray() };
        var secret = new V1Secret
        {
            Metadata = new V1ObjectMeta
            {
                Labels = new Dictionary<string, string> { [Labels.Managed] = "true" },
                Annotations = new Dictionary<string, string> { [Annotations.DataHash] = SecretHashes.DataHash(data) },
            },
            Data = data,
        };

        Assert.True(RefreshDecision.IsSecretValid(secret, es));
        secret.Data = new Dictionary<string, byte[]> { ["k"] = "edited"u8.ToArray() };
        Assert.False(RefreshDecision.IsSecretValid(secret, es));
        Assert.False(RefreshDecision.IsSecretValid(null, es));
        es.Spec.Target!.CreationPolicy = ExternalSecretCreationPolicy.Orphan;
        Assert.True(RefreshDecision.IsSecretValid(null, es));
    }

    [Fact]
    public void RequeueAfter_PartlyElapsed_WaitsTheRemainder()
    {
        var es = Synced(null, "1h", TimeSpan.FromMinutes(20));

        Assert.Equal(TimeSpan.FromMinutes(40), RefreshDecision.RequeueAfter(es, es.Status!.RefreshTime, Now));
        Assert.Null(RefreshDecision.RequeueAfter(Synced(null, "0", TimeSpan.Zero), Now, Now));
    }
}
