using k8s;
using k8s.Models;

namespace Ferry.Runtime.Events;

/// <summary>
/// Records events.k8s.io/v1 Events about an object. Repeats of the same event are folded into one Event's series
/// count, so a failing object does not flood the API server. The note must hold no secret value.
/// </summary>
public interface IEventRecorder
{
    Task RecordAsync(IKubernetesObject<V1ObjectMeta> regarding, EventType type, string reason, string action, string note, CancellationToken cancellationToken);
}
