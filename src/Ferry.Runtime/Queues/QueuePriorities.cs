using Ferry.Runtime.Cache;

namespace Ferry.Runtime.Queues;

/// <summary>Which lane an informer event's keys go to.</summary>
public static class QueuePriorities
{
    /// <summary>
    /// Resyncs and what the first list found wait in the refresh lane: after a start or a restart every object is
    /// listed at once and is only due for a look, so an object created or edited meanwhile goes first. Everything
    /// else is a change.
    /// </summary>
    public static QueuePriority Of<T>(InformerEvent<T> change)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(change);
        return change.Type == InformerEventType.Resync || change.IsInitialList ? QueuePriority.Refresh : QueuePriority.Change;
    }
}
