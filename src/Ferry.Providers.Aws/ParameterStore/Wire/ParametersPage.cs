namespace Ferry.Providers.Aws.ParameterStore.Wire;

/// <summary>A page of GetParametersByPath or DescribeParameters: possibly short, even empty, with a NextToken.</summary>
internal sealed record ParametersPage(IReadOnlyList<ParameterEntry>? Parameters, string? NextToken);
