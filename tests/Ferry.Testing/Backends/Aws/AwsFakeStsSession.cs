namespace Ferry.Testing.Backends.Aws;

/// <summary>One set of temporary credentials the fake STS issued, with what the caller asked for.</summary>
public sealed record AwsFakeStsSession(
    string Action,
    string RoleArn,
    string SessionName,
    string? ExternalId,
    IReadOnlyDictionary<string, string> Tags,
    IReadOnlyList<string> TransitiveTagKeys,
    string? CallerArn,
    string AccessKeyId,
    DateTimeOffset ExpiresAt);
