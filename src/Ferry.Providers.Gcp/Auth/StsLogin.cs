using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ferry.Providers.Gcp.Auth;

/// <summary>
/// Workload identity: a subject token (a Kubernetes ServiceAccount token, a credConfig's, a signed AWS request) exchanged at the Security Token Service for a federated
/// access token (RFC 8693), then, when a Google service account is named, for that account's token through IAM
/// Credentials generateAccessToken.
/// </summary>
internal sealed class StsLogin(HttpClient http, TimeProvider time)
{
    private const string TokenExchange = "urn:ietf:params:oauth:grant-type:token-exchange";
    private const string AccessTokenType = "urn:ietf:params:oauth:token-type:access_token";

    public async Task<GcpAccessToken> ExchangeAsync(
        SecretValue subjectToken, string audience, Uri tokenUrl, Uri? impersonationUrl, CancellationToken cancellationToken,
        string subjectTokenType = ExternalAccountRules.JwtTokenType)
    {
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = TokenExchange,
            ["audience"] = audience,
            ["scope"] = GcpScopes.CloudPlatform,
            ["requested_token_type"] = AccessTokenType,
            ["subject_token_type"] = subjectTokenType,
            ["subject_token"] = subjectToken.Reveal(),
        });
        using var response = await http.PostAsync(tokenUrl, form, cancellationToken).ConfigureAwait(false);
        var body = await ReadJsonAsync(response, "token exchange", cancellationToken).ConfigureAwait(false);
        var federated = body["access_token"]?.GetValue<string>()
            ?? throw new ProviderException("token exchange: the STS response holds no access_token");
        var expires = body["expires_in"] is { } seconds ? time.GetUtcNow().AddSeconds(seconds.GetValue<double>()) : (DateTimeOffset?)null;
        var token = new GcpAccessToken(federated, expires);
        return impersonationUrl is null ? token : await ImpersonateAsync(token, impersonationUrl, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The subject token a credConfig's credential_source names, read over this login's HTTP client.</summary>
    public Task<SecretValue> ReadSubjectTokenAsync(ExternalCredentialSource source, TimeSpan timeout, CancellationToken cancellationToken) =>
        new SubjectTokenReader(http, time, timeout).ReadAsync(source, cancellationToken);

    private async Task<GcpAccessToken> ImpersonateAsync(GcpAccessToken federated, Uri url, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(
                new JsonObject { ["scope"] = new JsonArray(GcpScopes.CloudPlatform), ["lifetime"] = "3600s" }.ToJsonString(),
                Encoding.UTF8,
                "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", federated.Value);
        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var body = await ReadJsonAsync(response, "service account impersonation", cancellationToken).ConfigureAwait(false);
        var token = body["accessToken"]?.GetValue<string>()
            ?? throw new ProviderException("service account impersonation: the response holds no accessToken");
        var expires = body["expireTime"] is { } at ? DateTimeOffset.Parse(at.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture) : (DateTimeOffset?)null;
        return new GcpAccessToken(token, expires);
    }

    private static async Task<JsonNode> ReadJsonAsync(HttpResponseMessage response, string step, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            // Error bodies of these endpoints name the failure; they never echo the subject token.
            throw new ProviderException($"{step} failed with HTTP {(int)response.StatusCode}: {GcpErrors.Describe(text)}");
        }

        try
        {
            return JsonNode.Parse(text) ?? throw new ProviderException($"{step}: empty response");
        }
        catch (JsonException ex)
        {
            throw new ProviderException($"{step}: the response is not JSON", ex);
        }
    }
}
