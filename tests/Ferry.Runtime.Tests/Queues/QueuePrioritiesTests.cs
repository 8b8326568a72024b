using Ferry.Runtime.Cache;
using Ferry.Runtime.Queues;
using k8s.Models;

namespace Ferry.Runtime.Tests.Queues;

public sealed class QueuePrioritiesTests
{
    private static readonly V1ConfigMap Object = new() { Metadata = new V1ObjectMeta { Name = "a", NamespaceProperty = "ns" } };

    [Theory]
    [InlineData(InformerEventType.Added, false, QueuePriority.Change)]
    [InlineData(InformerEventType.Updated, false, QueuePriority.Change)]
    [InlineData(InformerEventType.Deleted, false, QueuePriority.Change)]
    [InlineData(InformerEventType.Resync, false, QueuePriority.Refresh)]
    [InlineData(InformerEventType.Added, true, QueuePriority.Refresh)]
    public void Of_InformerEvent_PutsStartupAndResyncWorkBehindChanges(InformerEventType type, bool initial, QueuePriority expected)
    {
        Assert.Equal(expected, QueuePriorities.Of(new InformerEvent<V1ConfigMap>(type, Object) { IsInitialList = initial }));
    }
}
