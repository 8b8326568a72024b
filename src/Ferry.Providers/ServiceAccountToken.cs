namespace Ferry.Providers;

/// <summary>A ServiceAccount token minted by a TokenRequest, with the expiry the API server granted.</summary>
public sealed record ServiceAccountToken(SecretValue Token, DateTimeOffset ExpiresAt);
