namespace Ferry.Providers.Aws.SecretsManager.Wire;

internal sealed record DescribeSecretRequest(string SecretId);
