using System.Text.Json.Nodes;
using Ferry.LocalCluster.Storage;

namespace Ferry.LocalCluster.Tests.Storage;

public sealed class ClusterStoreTests
{
    private static JsonObject Object(string name) =>
        new() { ["metadata"] = new JsonObject { ["name"] = name, ["namespace"] = "ns", ["uid"] = name } };

    [Fact]
    public void Watch_FromVersion_ReplaysOnlyLaterEventsOfThatResource()
    {
        var store = new ClusterStore(100);
        var first = store.Write("secrets", Object("a"), null);
        store.Write("configmaps", Object("b"), null);
        var third = store.Write("secrets", Object("c"), null);

        var watcher = store.Watch("secrets", new WatchFilter(string.Empty, _ => true), first.ResourceVersion, initialEvents: false)!;

        Assert.True(watcher.Messages.TryRead(out var message));
        Assert.Equal(third.ResourceVersion, message.ResourceVersion);
        Assert.False(watcher.Messages.TryRead(out _));
    }

    [Fact]
    public void Watch_FromVersionOlderThanHistory_IsRefused()
    {
        var store = new ClusterStore(2);
        var first = store.Write("secrets", Object("a"), null);
        store.Write("secrets", Object("b"), null);
        store.Write("secrets", Object("c"), null);
        store.Write("secrets", Object("d"), null);

        Assert.Null(store.Watch("secrets", new WatchFilter(string.Empty, _ => true), first.ResourceVersion, initialEvents: false));
        Assert.NotNull(store.Watch("secrets", new WatchFilter(string.Empty, _ => true), store.CompactedRevision, initialEvents: false));
    }

    [Fact]
    public void Delete_ReportsTheObjectAtANewVersion()
    {
        var store = new ClusterStore(10);
        var written = store.Write("secrets", Object("a"), null);
        var watcher = store.Watch("secrets", new WatchFilter("ns", _ => true), written.ResourceVersion, initialEvents: false)!;

        var deleted = store.Delete("secrets", written);

        Assert.True(watcher.Messages.TryRead(out var message));
        Assert.Equal(WatchEventType.Deleted, message.Type);
        Assert.Equal(written.ResourceVersion + 1, deleted.ResourceVersion);
        Assert.Null(store.Get("secrets", "ns", "a"));
    }
}
