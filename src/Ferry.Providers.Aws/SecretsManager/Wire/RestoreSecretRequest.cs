namespace Ferry.Providers.Aws.SecretsManager.Wire;

internal sealed record RestoreSecretRequest(string SecretId);
