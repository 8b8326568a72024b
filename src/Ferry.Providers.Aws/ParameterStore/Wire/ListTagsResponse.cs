using Ferry.Providers.Aws.Protocol;

namespace Ferry.Providers.Aws.ParameterStore.Wire;

internal sealed record ListTagsResponse(IReadOnlyList<WireTag>? TagList);
