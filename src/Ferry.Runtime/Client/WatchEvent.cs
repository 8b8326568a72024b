using k8s;

namespace Ferry.Runtime.Client;

/// <summary>One event of a watch. Bookmarks carry an object whose metadata holds only the resourceVersion.</summary>
public readonly record struct WatchEvent<T>(WatchEventType Type, T Object);
