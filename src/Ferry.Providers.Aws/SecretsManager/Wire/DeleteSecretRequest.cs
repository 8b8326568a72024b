namespace Ferry.Providers.Aws.SecretsManager.Wire;

internal sealed record DeleteSecretRequest(string SecretId, long? RecoveryWindowInDays, bool? ForceDeleteWithoutRecovery);
