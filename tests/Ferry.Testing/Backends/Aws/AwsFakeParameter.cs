namespace Ferry.Testing.Backends.Aws;

/// <summary>A snapshot of one fake SSM parameter (its latest version), for tests to read what was pushed.</summary>
public sealed record AwsFakeParameter(
    string Name,
    string Type,
    string Value,
    long Version,
    string Tier,
    string? KeyId,
    string? Description,
    IReadOnlyDictionary<string, string> Tags)
{
    public override string ToString() => $"AwsFakeParameter {{ Name = {Name}, Type = {Type}, Version = {Version} }}";
}
