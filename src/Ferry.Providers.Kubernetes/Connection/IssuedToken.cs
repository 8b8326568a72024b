namespace Ferry.Providers.Kubernetes.Connection;

/// <summary>A service-account token and the moment the API server said it expires.</summary>
internal sealed record IssuedToken(string Token, DateTimeOffset ExpiresAt)
{
    // The token is a credential: keep it out of any debugger display or log of this record.
    public override string ToString() => $"IssuedToken {{ ExpiresAt = {ExpiresAt:O} }}";
}
