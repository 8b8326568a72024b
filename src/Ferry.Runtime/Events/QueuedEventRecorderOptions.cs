namespace Ferry.Runtime.Events;

/// <summary>How a <see cref="QueuedEventRecorder"/> buffers and writes events.</summary>
public sealed record QueuedEventRecorderOptions
{
    /// <summary>The name in the dropped-events metric and log line, e.g. the reporting controller.</summary>
    public string Name { get; init; } = "events";

    /// <summary>Events waiting to be written; when full, new events are dropped (client-go's recorder queues 1000).</summary>
    public int Capacity { get; init; } = 1000;

    /// <summary>Events written at once.</summary>
    public int Writers { get; init; } = 4;

    /// <summary>How long <see cref="QueuedEventRecorder.DisposeAsync"/> waits for queued events to be written.</summary>
    public TimeSpan FlushTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Dropped events are logged at most this often, with the count since the last line.</summary>
    public TimeSpan DropLogInterval { get; init; } = TimeSpan.FromMinutes(1);
}
