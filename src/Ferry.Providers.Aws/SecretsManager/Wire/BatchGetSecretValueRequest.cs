namespace Ferry.Providers.Aws.SecretsManager.Wire;

internal sealed record BatchGetSecretValueRequest(IReadOnlyList<string> SecretIdList);
