using k8s;
using k8s.Models;

namespace Ferry.Runtime.Cache;

/// <summary>
/// Any object reduced to its type and metadata. Inform on this type (with the kind's <c>ResourceType</c>) when only
/// names, labels, annotations or owners matter: the body is skipped while deserializing and never cached.
/// </summary>
public sealed class MetadataOnly : IKubernetesObject<V1ObjectMeta>
{
    public string ApiVersion { get; set; } = "";

    public string Kind { get; set; } = "";

    public V1ObjectMeta Metadata { get; set; } = new();
}
