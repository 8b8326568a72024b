namespace Ferry.Providers.Aws.SecretsManager.Wire;

/// <summary>GetSecretValue's answer, and one entry of BatchGetSecretValue's; <see cref="ToString"/> leaves the value out.</summary>
internal sealed record SecretValueEntry(string? ARN, string? Name, string? VersionId, string? SecretString, byte[]? SecretBinary, IReadOnlyList<string>? VersionStages)
{
    public override string ToString() => $"SecretValueEntry {{ Name = {Name}, VersionId = {VersionId} }}";
}
