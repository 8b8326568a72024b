namespace Ferry.Providers.Aws.SecretsManager.Wire;

internal sealed record ListSecretsResponse(IReadOnlyList<SecretListEntry>? SecretList, string? NextToken);
