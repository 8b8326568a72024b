using Ferry.LocalCluster.Resources;

namespace Ferry.LocalCluster.Http;

/// <summary>A request URL resolved to a resource: namespace (empty when none), name and subresource when present.</summary>
internal sealed record ResourceRequest(ResourceType Type, string Namespace, string? Name, string? Subresource, bool WatchPath);
