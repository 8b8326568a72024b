namespace Ferry.Providers.Aws.SecretsManager.Wire;

internal sealed record SecretsFilter(string Key, IReadOnlyList<string> Values);
