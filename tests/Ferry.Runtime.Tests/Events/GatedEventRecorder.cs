using System.Collections.Concurrent;
using Ferry.Runtime.Events;
using k8s;
using k8s.Models;

namespace Ferry.Runtime.Tests.Events;

/// <summary>An inner recorder whose writes wait until the test opens the gate; it keeps what it was given.</summary>
internal sealed class GatedEventRecorder : IEventRecorder
{
    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _started;

    public ConcurrentQueue<string> Written { get; } = new();

    public int Started => Volatile.Read(ref _started);

    public int Cancelled { get; private set; }

    public void Open() => _gate.TrySetResult();

    public async Task RecordAsync(IKubernetesObject<V1ObjectMeta> regarding, EventType type, string reason, string action, string note, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _started);
        try
        {
            await _gate.Task.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            Cancelled++;
            throw;
        }

        Written.Enqueue($"{regarding.Metadata.Name}:{reason}");
    }
}
