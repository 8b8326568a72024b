namespace Ferry.Testing.Backends.Aws;

/// <summary>One version of a fake secret as a test sees it; <see cref="ToString"/> leaves the value out.</summary>
public sealed record AwsFakeSecretVersion(
    string VersionId,
    string? SecretString,
    byte[]? SecretBinary,
    IReadOnlyList<string> Stages,
    DateTimeOffset CreatedDate)
{
    public override string ToString() => $"AwsFakeSecretVersion {{ VersionId = {VersionId}, Stages = [{string.Join(',', Stages)}] }}";
}
