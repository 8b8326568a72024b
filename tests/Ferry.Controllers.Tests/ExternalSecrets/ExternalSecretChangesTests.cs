using Ferry.Api.V1;
using Ferry.Api.WellKnown;
using Ferry.Controllers.ExternalSecrets;
using Ferry.Runtime.Cache;

namespace Ferry.Controllers.Tests.ExternalSecrets;

public sealed class ExternalSecretChangesTests
{
    private static InformerEvent<ExternalSecret> Update(string[]? before, string[]? after)
    {
        var old = Manifests.ExternalSecret("ns", "app");
        old.Metadata.Finalizers = before;
        var current = Manifests.ExternalSecret("ns", "app");
        current.Metadata.Finalizers = after;
        return new InformerEvent<ExternalSecret>(InformerEventType.Updated, current, old);
    }

    [Fact]
    public void ShouldEnqueue_OwnFinalizerAppended_IsNoReason()
    {
        Assert.False(ExternalSecretChanges.ShouldEnqueue(Update(null, [Finalizers.ExternalSecret])));
        Assert.False(ExternalSecretChanges.ShouldEnqueue(Update(["other"], ["other", Finalizers.ExternalSecret])));
    }

    [Theory]
    [InlineData(new[] { Finalizers.ExternalSecret }, new string[0])]
    [InlineData(new string[0], new[] { "other" })]
    [InlineData(new[] { "other" }, new[] { Finalizers.ExternalSecret })]
    [InlineData(new string[0], new[] { Finalizers.ExternalSecret, "other" })]
    public void ShouldEnqueue_AnyOtherFinalizerChange_Enqueues(string[] before, string[] after)
    {
        Assert.True(ExternalSecretChanges.ShouldEnqueue(Update(before, after)));
    }

    [Fact]
    public void ShouldEnqueue_StatusOnly_IsNoReason()
    {
        var change = Update([Finalizers.ExternalSecret], [Finalizers.ExternalSecret]);
        change.Object.Status = new ExternalSecretStatus { SyncedResourceVersion = "1" };

        Assert.False(ExternalSecretChanges.ShouldEnqueue(change));
    }
}
