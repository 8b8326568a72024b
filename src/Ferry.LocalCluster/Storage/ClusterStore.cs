using System.Globalization;
using System.Text.Json.Nodes;

namespace Ferry.LocalCluster.Storage;

/// <summary>
/// All objects of the cluster, one resourceVersion counter for all of them, a bounded history of changes and the
/// open watches. Every read and write happens under <see cref="Gate"/>, which makes each API call atomic.
/// </summary>
internal sealed partial class ClusterStore
{
    private readonly Dictionary<string, ResourceTable> _tables = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<StoreWatcher>> _watchers = new(StringComparer.Ordinal);
    private readonly Queue<StoreEvent> _history = new();
    private readonly Dictionary<string, ObjectLocation> _uids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<ObjectLocation>> _dependents = new(StringComparer.Ordinal);
    private readonly int _historyCapacity;
    private long _compactedRevision;

    public ClusterStore(int historyCapacity)
    {
        _historyCapacity = historyCapacity;
    }

    public Lock Gate { get; } = new();

    /// <summary>The newest resourceVersion handed out.</summary>
    public long Revision { get; private set; } = 1;

    /// <summary>The oldest resourceVersion a watch may still start from.</summary>
    public long CompactedRevision => _compactedRevision;

    public ResourceTable Table(string groupResource)
    {
        if (!_tables.TryGetValue(groupResource, out var table))
        {
            table = new ResourceTable();
            _tables.Add(groupResource, table);
        }

        return table;
    }

    public StoredObject? Get(string groupResource, string ns, string name) =>
        _tables.TryGetValue(groupResource, out var table) ? table.Get(ns, name) : null;

    /// <summary>Stores a new or changed object under the next resourceVersion and tells the watchers.</summary>
    public StoredObject Write(string groupResource, JsonObject value, StoredObject? previous)
    {
        value["metadata"]!.AsObject()["resourceVersion"] = NextRevision();
        var stored = new StoredObject(value);
        Table(groupResource).Set(stored);
        Index(groupResource, previous, stored);
        Publish(new StoreEvent(groupResource, previous is null ? WatchEventType.Added : WatchEventType.Modified, stored, previous));
        return stored;
    }

    /// <summary>Stores a new or changed object serialized ahead as a <see cref="StoredObject.Draft"/>.</summary>
    public StoredObject Write(string groupResource, StoredObject draft, StoredObject? previous)
    {
        Revision++;
        var stored = draft.Stamp(Revision);
        Table(groupResource).Set(stored);
        Index(groupResource, previous, stored);
        Publish(new StoreEvent(groupResource, previous is null ? WatchEventType.Added : WatchEventType.Modified, stored, previous));
        return stored;
    }

    /// <summary>Removes an object; the DELETED event carries it at a new resourceVersion, as etcd reports it.</summary>
    public StoredObject Delete(string groupResource, StoredObject existing)
    {
        var last = existing.Copy();
        last["metadata"]!.AsObject()["resourceVersion"] = NextRevision();
        var stored = new StoredObject(last);
        Table(groupResource).Remove(existing);
        Index(groupResource, existing, null);
        Publish(new StoreEvent(groupResource, WatchEventType.Deleted, stored, existing));
        return stored;
    }

    /// <summary>Drops a whole resource (a deleted CRD) without events; its objects were deleted one by one first.</summary>
    public void DropTable(string groupResource) => _tables.Remove(groupResource);

    /// <summary>
    /// Opens a watch. With no resourceVersion it starts with the current objects as ADDED events; with one it replays
    /// the history after it, or fails when that part of the history is gone.
    /// </summary>
    public StoreWatcher? Watch(string groupResource, WatchFilter filter, long? fromRevision, bool initialEvents)
    {
        if (fromRevision is { } from && from > 0 && from < _compactedRevision)
        {
            return null;
        }

        var watcher = new StoreWatcher(groupResource, filter);
        if (initialEvents || fromRevision is null or 0)
        {
            foreach (var stored in Table(groupResource).Scan(filter.Namespace, null, null))
            {
                if (filter.Matches(stored))
                {
                    watcher.Send(new WatchMessage(WatchEventType.Added, stored, stored.ResourceVersion));
                }
            }

            if (initialEvents)
            {
                watcher.Send(new WatchMessage(WatchEventType.Bookmark, null, Revision, InitialEventsEnd: true));
            }
        }
        else
        {
            foreach (var change in _history)
            {
                if (change.ResourceVersion > fromRevision && string.Equals(change.GroupResource, groupResource, StringComparison.Ordinal))
                {
                    watcher.Offer(change);
                }
            }
        }

        if (!_watchers.TryGetValue(groupResource, out var list))
        {
            list = [];
            _watchers.Add(groupResource, list);
        }

        list.Add(watcher);
        return watcher;
    }

    public void StopWatch(StoreWatcher watcher)
    {
        if (_watchers.TryGetValue(watcher.GroupResource, out var list))
        {
            list.Remove(watcher);
        }

        watcher.Complete();
    }

    /// <summary>Ends every watch on a resource (its CRD went away), as the real server closes those streams.</summary>
    public void CloseWatches(string groupResource)
    {
        if (_watchers.Remove(groupResource, out var list))
        {
            foreach (var watcher in list)
            {
                watcher.Complete();
            }
        }
    }

    /// <summary>Finds a stored object by uid (owner lookups for garbage collection).</summary>
    public StoredObject? FindByUid(string uid) =>
        _uids.TryGetValue(uid, out var at) ? Get(at.GroupResource, at.Namespace, at.Name) : null;

    /// <summary>Objects whose ownerReferences name the given uid.</summary>
    public IReadOnlyCollection<ObjectLocation> DependentsOf(string uid) =>
        _dependents.TryGetValue(uid, out var set) ? [.. set] : [];

    public void Bookmark(StoreWatcher watcher) =>
        watcher.Send(new WatchMessage(WatchEventType.Bookmark, null, Revision));

    private void Index(string groupResource, StoredObject? before, StoredObject? after)
    {
        var location = new ObjectLocation(groupResource, (after ?? before)!.Namespace, (after ?? before)!.Name);
        foreach (var owner in OwnerUids(before))
        {
            if (_dependents.TryGetValue(owner, out var set))
            {
                set.Remove(location);
                if (set.Count == 0)
                {
                    _dependents.Remove(owner);
                }
            }
        }

        foreach (var owner in OwnerUids(after))
        {
            if (!_dependents.TryGetValue(owner, out var set))
            {
                set = [];
                _dependents.Add(owner, set);
            }

            set.Add(location);
        }

        if (after is null)
        {
            _uids.Remove(before!.Uid);
        }
        else
        {
            _uids[after.Uid] = location;
        }
    }

    private static IEnumerable<string> OwnerUids(StoredObject? stored) => stored?.OwnerUids ?? [];

    private string NextRevision()
    {
        Revision++;
        return Revision.ToString(CultureInfo.InvariantCulture);
    }

    private void Publish(StoreEvent change)
    {
        _history.Enqueue(change);
        while (_history.Count > _historyCapacity)
        {
            _compactedRevision = _history.Dequeue().ResourceVersion;
        }

        if (_watchers.TryGetValue(change.GroupResource, out var list))
        {
            foreach (var watcher in list)
            {
                watcher.Offer(change);
            }
        }
    }
}
