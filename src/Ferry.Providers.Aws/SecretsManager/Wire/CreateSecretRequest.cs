using Ferry.Providers.Aws.Protocol;

namespace Ferry.Providers.Aws.SecretsManager.Wire;

internal sealed record CreateSecretRequest(
    string Name,
    string ClientRequestToken,
    string? SecretString,
    byte[]? SecretBinary,
    IReadOnlyList<WireTag>? Tags,
    string? Description,
    string? KmsKeyId)
{
    public override string ToString() => $"CreateSecretRequest {{ Name = {Name} }}";
}
