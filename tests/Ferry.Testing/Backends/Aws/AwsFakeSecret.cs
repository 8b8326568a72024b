namespace Ferry.Testing.Backends.Aws;

/// <summary>A snapshot of one fake Secrets Manager secret, for tests to read what was pushed.</summary>
public sealed record AwsFakeSecret(
    string Name,
    string Arn,
    string? Description,
    string? KmsKeyId,
    IReadOnlyDictionary<string, string> Tags,
    IReadOnlyList<AwsFakeSecretVersion> Versions,
    DateTimeOffset? DeletedDate,
    DateTimeOffset? DeletionDate)
{
    public AwsFakeSecretVersion? Current => Versions.FirstOrDefault(v => v.Stages.Contains(AwsFakeSecretsManager.CurrentStage));
}
