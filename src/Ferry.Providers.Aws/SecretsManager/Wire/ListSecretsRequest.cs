namespace Ferry.Providers.Aws.SecretsManager.Wire;

internal sealed record ListSecretsRequest(IReadOnlyList<SecretsFilter>? Filters, int MaxResults, string? NextToken);
