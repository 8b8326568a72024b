namespace Ferry.LocalCluster.Storage;

/// <summary>One change in the store's history; <see cref="Previous"/> lets a watcher see selector transitions.</summary>
internal sealed record StoreEvent(string GroupResource, WatchEventType Type, StoredObject Object, StoredObject? Previous)
{
    public long ResourceVersion => Object.ResourceVersion;
}
