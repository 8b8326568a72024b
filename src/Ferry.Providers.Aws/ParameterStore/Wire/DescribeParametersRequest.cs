namespace Ferry.Providers.Aws.ParameterStore.Wire;

internal sealed record DescribeParametersRequest(IReadOnlyList<ParameterFilter>? ParameterFilters, int MaxResults, string? NextToken);
