using k8s;
using k8s.Models;

namespace Ferry.Runtime.Events;

/// <summary>
/// The fields of the regarding object an Event needs, copied when the event is recorded: the write happens later,
/// and the caller's object may be replaced or changed by then.
/// </summary>
internal sealed class EventSubject : IKubernetesObject<V1ObjectMeta>
{
    private EventSubject(string? apiVersion, string? kind, V1ObjectMeta metadata)
    {
        ApiVersion = apiVersion;
        Kind = kind;
        Metadata = metadata;
    }

    public string? ApiVersion { get; set; }

    public string? Kind { get; set; }

    public V1ObjectMeta Metadata { get; set; }

    public static EventSubject Of(IKubernetesObject<V1ObjectMeta> regarding) => new(
        regarding.ApiVersion,
        regarding.Kind,
        new V1ObjectMeta
        {
            Name = regarding.Metadata.Name,
            NamespaceProperty = regarding.Metadata.NamespaceProperty,
            Uid = regarding.Metadata.Uid,
            ResourceVersion = regarding.Metadata.ResourceVersion,
        });
}
