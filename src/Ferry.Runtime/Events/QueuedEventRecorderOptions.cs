namespace Ferry.Runtime.Events;

/// <summary>How a <see cref="QueuedEventRecorder"/> buffers and writes events.</summary>
public sealed record QueuedEventRecorderOptions
{
    /// <summary>The name in the dropped-events metric and log line, e.g. the reporting controller.</summary>
    public string Name { get; init; } = "events";

    /// <summary>
    /// Events waiting to be written; when full, the recording caller waits for room. client-go queues 1,000 and drops
    /// the rest, but a first sync of 10,000 ExternalSecrets records a Created event for each faster than they can be
    /// written on a busy API server (with 1,000 and dropping, the scale benchmark lost about one in five), so the
    /// queue is deep enough that a first sync rarely waits. A queued event costs a few hundred bytes.
    /// </summary>
    public int Capacity { get; init; } = 10_000;

    /// <summary>Events written at once.</summary>
    public int Writers { get; init; } = 4;

    /// <summary>How long <see cref="QueuedEventRecorder.DisposeAsync"/> waits for queued events to be written.</summary>
    public TimeSpan FlushTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Dropped events are logged at most this often, with the count since the last line.</summary>
    public TimeSpan DropLogInterval { get; init; } = TimeSpan.FromMinutes(1);
}
