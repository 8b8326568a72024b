using Ferry.LocalCluster.Resources;

namespace Ferry.LocalCluster.Http;

/// <summary>A request URL resolved to a resource: namespace (empty when none), name and subresource when present.</summary>
internal sealed record ResourceRequest(ResourceType Type, string Namespace, string? Name, string? Subresource, bool WatchPath)
{
    /// <summary>The resource that stores the objects (events.k8s.io Events live with core Events).</summary>
    public ResourceType Storage { get; init; } = Type;

    public bool Converted => !ReferenceEquals(Storage, Type);
}
