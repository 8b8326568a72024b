namespace Ferry.Providers.Aws.SecretsManager.Wire;

internal sealed record PutSecretValueRequest(string SecretId, string ClientRequestToken, string? SecretString, byte[]? SecretBinary)
{
    public override string ToString() => $"PutSecretValueRequest {{ SecretId = {SecretId}, ClientRequestToken = {ClientRequestToken} }}";
}
