using System.Collections.Concurrent;
using Ferry.Runtime.Events;
using k8s;
using k8s.Models;

namespace Ferry.Runtime.Tests.Events;

/// <summary>Keeps the regarding objects it is handed, to check what a wrapper passes on.</summary>
internal sealed class CapturingEventRecorder : IEventRecorder
{
    public ConcurrentQueue<IKubernetesObject<V1ObjectMeta>> Subjects { get; } = new();

    public Task RecordAsync(IKubernetesObject<V1ObjectMeta> regarding, EventType type, string reason, string action, string note, CancellationToken cancellationToken)
    {
        Subjects.Enqueue(regarding);
        return Task.CompletedTask;
    }
}
