namespace Ferry.Runtime.Queues;

/// <summary>
/// Which lane a key waits in. A worker always takes from the higher lane first, so a new or changed object never
/// waits behind thousands of keys that are only due for a periodic refresh.
/// </summary>
public enum QueuePriority
{
    /// <summary>Only a periodic refresh is due.</summary>
    Refresh = 0,

    /// <summary>The object or something it depends on changed, or a retry after a failure.</summary>
    Change = 1,
}
