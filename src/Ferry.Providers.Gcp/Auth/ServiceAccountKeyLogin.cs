using Google.Apis.Auth.OAuth2;
using Google.Apis.Auth.OAuth2.Responses;

namespace Ferry.Providers.Gcp.Auth;

/// <summary>
/// auth.secretRef: a service account key JSON, exchanged once for an access token (an RS256 JWT assertion posted
/// to the key's token_uri, through Google.Apis.Auth).
/// </summary>
internal static class ServiceAccountKeyLogin
{
    public static async Task<GcpAccessToken> LoginAsync(string keyJson, CancellationToken cancellationToken)
    {
        ServiceAccountCredential key;
        try
        {
            key = CredentialFactory.FromJson<ServiceAccountCredential>(keyJson);
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or Newtonsoft.Json.JsonException)
        {
            // The key text is secret: report only that it could not be parsed.
            throw new ProviderException("auth.secretRef: the Secret does not hold a valid service account key JSON", ex);
        }

        var scoped = (ServiceAccountCredential)key.ToGoogleCredential().CreateScoped(GcpScopes.CloudPlatform).UnderlyingCredential;
        try
        {
            if (!await scoped.RequestAccessTokenAsync(cancellationToken).ConfigureAwait(false) || scoped.Token is null)
            {
                throw new ProviderException("auth.secretRef: the token endpoint issued no access token");
            }
        }
        catch (TokenResponseException ex)
        {
            throw new ProviderException($"auth.secretRef: token request refused: {ex.Error?.Error} {ex.Error?.ErrorDescription}".TrimEnd(), ex);
        }
        catch (HttpRequestException ex)
        {
            throw new ProviderException($"auth.secretRef: token endpoint unreachable: {ex.Message}", ex);
        }

        var token = scoped.Token;
        DateTimeOffset? expires = token.ExpiresInSeconds is { } seconds
            ? new DateTimeOffset(DateTime.SpecifyKind(token.IssuedUtc, DateTimeKind.Utc)).AddSeconds(seconds)
            : null;
        return new GcpAccessToken(token.AccessToken, expires);
    }
}
