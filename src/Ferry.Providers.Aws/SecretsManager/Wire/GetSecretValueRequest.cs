namespace Ferry.Providers.Aws.SecretsManager.Wire;

internal sealed record GetSecretValueRequest(string SecretId, string? VersionId = null, string? VersionStage = null);
