namespace Ferry.Providers.Aws.SecretsManager.Wire;

internal sealed record BatchGetSecretValueError(string? SecretId, string? ErrorCode, string? Message);
