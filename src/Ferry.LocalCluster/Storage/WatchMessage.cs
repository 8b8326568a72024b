namespace Ferry.LocalCluster.Storage;

/// <summary>What a watch stream writes next: an event on an object, or a bookmark at a resourceVersion.</summary>
internal readonly record struct WatchMessage(WatchEventType Type, StoredObject? Object, long ResourceVersion, bool InitialEventsEnd = false);
