using System.Collections.Concurrent;
using Ferry.Runtime.Events;
using k8s;
using k8s.Models;

namespace Ferry.Controllers.Tests.ExternalSecrets;

/// <summary>Keeps the events a controller records, in order, for assertions.</summary>
internal sealed class RecordingEventRecorder : IEventRecorder
{
    private readonly ConcurrentQueue<RecordedEvent> _events = new();

    public IReadOnlyList<RecordedEvent> Events => [.. _events];

    public IReadOnlyList<RecordedEvent> For(string ns, string name) =>
        [.. _events.Where(e => e.Namespace == ns && e.Name == name)];

    public Task RecordAsync(IKubernetesObject<V1ObjectMeta> regarding, EventType type, string reason, string action, string note, CancellationToken cancellationToken)
    {
        _events.Enqueue(new RecordedEvent(regarding.Metadata.NamespaceProperty ?? "", regarding.Metadata.Name, type, reason, note));
        return Task.CompletedTask;
    }
}
