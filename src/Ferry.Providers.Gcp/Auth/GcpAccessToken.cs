namespace Ferry.Providers.Gcp.Auth;

/// <summary>An OAuth 2.0 access token for Google APIs and the moment it stops being accepted.</summary>
internal sealed record GcpAccessToken(string Value, DateTimeOffset? ExpiresAt)
{
    public override string ToString() => $"GcpAccessToken(expires {ExpiresAt:O})";
}
