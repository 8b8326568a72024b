namespace Ferry.Providers.Aws.ParameterStore.Wire;

/// <summary>ListTagsForResource's request: a parameter by name.</summary>
internal sealed record ResourceRequest(string ResourceType, string ResourceId);
