namespace Ferry.Testing.Backends.Aws;

/// <summary>
/// A key pair the fake accepts. Temporary keys (from STS) carry a session token and an expiry; requests signed
/// with them must send that token, and fail with ExpiredTokenException once the fake's clock passes the expiry.
/// </summary>
public sealed record AwsFakeAccessKey(
    string AccessKeyId,
    string SecretAccessKey,
    string PrincipalArn,
    string? SessionToken = null,
    DateTimeOffset? ExpiresAt = null)
{
    public override string ToString() => $"AwsFakeAccessKey {{ AccessKeyId = {AccessKeyId}, PrincipalArn = {PrincipalArn} }}";
}
