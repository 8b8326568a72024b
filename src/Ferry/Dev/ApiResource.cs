using Ferry.Runtime.Client;

namespace Ferry.Dev;

/// <summary>Where a kind is served and whether its objects live in a namespace.</summary>
internal sealed record ApiResource(ResourceType Type, bool Namespaced);
