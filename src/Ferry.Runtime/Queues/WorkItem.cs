namespace Ferry.Runtime.Queues;

/// <summary>A key handed to a worker. Give it back with <see cref="WorkQueue{TKey}.Done"/> when the work ends.</summary>
public sealed record WorkItem<TKey>(TKey Key, QueuePriority Priority, DateTimeOffset TakenAt)
    where TKey : notnull;
