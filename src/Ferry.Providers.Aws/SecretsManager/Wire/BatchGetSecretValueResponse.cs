namespace Ferry.Providers.Aws.SecretsManager.Wire;

internal sealed record BatchGetSecretValueResponse(IReadOnlyList<SecretValueEntry>? SecretValues, IReadOnlyList<BatchGetSecretValueError>? Errors, string? NextToken);
