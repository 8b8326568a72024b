namespace Ferry.Providers.Aws.ParameterStore.Wire;

internal sealed record GetParametersByPathRequest(string Path, bool Recursive, bool WithDecryption, int MaxResults, string? NextToken);
