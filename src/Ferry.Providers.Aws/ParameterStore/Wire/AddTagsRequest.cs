using Ferry.Providers.Aws.Protocol;

namespace Ferry.Providers.Aws.ParameterStore.Wire;

internal sealed record AddTagsRequest(string ResourceType, string ResourceId, IReadOnlyList<WireTag> Tags);
