using Ferry.Api.V1;
using Ferry.Controllers.SecretStores;
using Ferry.Runtime.Cache;
using k8s.Models;

namespace Ferry.Controllers.Tests.SecretStores;

public sealed class StoreEventsTests
{
    [Fact]
    public void ShouldReconcile_StatusOnlyUpdate_IsIgnored()
    {
        var old = Store(generation: 3);
        var current = Store(generation: 3);
        current.Status = new SecretStoreStatus { Capabilities = "ReadWrite" };

        Assert.False(StoreEvents.ShouldReconcile(new InformerEvent<SecretStore>(InformerEventType.Updated, current, old)));
    }

    [Fact]
    public void ShouldReconcile_SpecOrLabelChange_Enqueues()
    {
        var labelled = Store(generation: 3);
        labelled.Metadata.Labels = new Dictionary<string, string> { ["a"] = "b" };

        Assert.True(StoreEvents.ShouldReconcile(new InformerEvent<SecretStore>(InformerEventType.Updated, Store(generation: 4), Store(generation: 3))));
        Assert.True(StoreEvents.ShouldReconcile(new InformerEvent<SecretStore>(InformerEventType.Updated, labelled, Store(generation: 3))));
    }

    [Theory]
    [InlineData(InformerEventType.Added)]
    [InlineData(InformerEventType.Deleted)]
    [InlineData(InformerEventType.Resync)]
    public void ShouldReconcile_OtherEvents_Enqueue(InformerEventType type) =>
        Assert.True(StoreEvents.ShouldReconcile(new InformerEvent<SecretStore>(type, Store(generation: 1))));

    private static SecretStore Store(long generation) => new()
    {
        Metadata = new V1ObjectMeta { Name = "s", NamespaceProperty = "ns", Generation = generation, Uid = "u1" },
    };
}
