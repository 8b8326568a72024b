using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Ferry.Testing.Backends.Gcp;

/// <summary>
/// The fake's token services: OAuth 2.0 JWT-bearer grant for service account keys (RS256 signature checked
/// against the key registered for the issuer), STS token exchange for trusted subject tokens (JWT and OIDC ID
/// tokens by value, AWS signed requests by their signature), and IAM Credentials
/// generateAccessToken for service accounts the federated identity may impersonate.
/// </summary>
internal sealed class GcpFakeAuth(TimeProvider time, TimeSpan tokenLifetime)
{
    private const string Scope = "https://www.googleapis.com/auth/cloud-platform";
    private const string JwtType = "urn:ietf:params:oauth:token-type:jwt";
    private const string IdTokenType = "urn:ietf:params:oauth:token-type:id_token";
    private const string AwsType = "urn:ietf:params:aws:token-type:aws4_request";
    private readonly ConcurrentDictionary<string, RSA> _keys = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _tokens = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _federated = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Token, string Audience), byte> _subjects = new();
    private readonly ConcurrentDictionary<string, byte> _impersonable = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _awsKeys = new(StringComparer.Ordinal);
    private int _authentications;

    public int Authentications => Volatile.Read(ref _authentications);

    public void AddServiceAccountKey(string email, RSA publicKey) => _keys[email] = publicKey;

    public void TrustSubjectToken(string token, string audience) => _subjects[(token, audience)] = 0;

    public void AllowImpersonation(string email) => _impersonable[email] = 0;

    public void TrustAwsAccessKey(string accessKeyId, string secretAccessKey) => _awsKeys[accessKeyId] = secretAccessKey;

    /// <summary>The subject token types the last STS requests carried, oldest first.</summary>
    public ConcurrentQueue<string> SubjectTokenTypes { get; } = new();

    public void AddStaticToken(string token) => _tokens[token] = DateTimeOffset.MaxValue;

    public void ExpireAll()
    {
        foreach (var token in _tokens.Keys)
        {
            _tokens[token] = DateTimeOffset.MinValue;
        }
    }

    public bool IsValid(string? authorization, bool allowFederated = true)
    {
        if (authorization is null || !authorization.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return false;
        }

        var token = authorization["Bearer ".Length..];
        return _tokens.TryGetValue(token, out var expires) && expires > time.GetUtcNow() && (allowFederated || !_federated.ContainsKey(token));
    }

    public bool IsFederated(string? authorization) =>
        authorization is not null && authorization.StartsWith("Bearer ", StringComparison.Ordinal) && _federated.ContainsKey(authorization["Bearer ".Length..]);

    public async Task TokenAsync(HttpContext context)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        if (form["grant_type"] != "urn:ietf:params:oauth:grant-type:jwt-bearer")
        {
            await GcpFakeHttp.OAuthErrorAsync(context, "unsupported_grant_type", "Invalid grant_type");
            return;
        }

        var failure = CheckAssertion(form["assertion"].ToString());
        if (failure is not null)
        {
            await GcpFakeHttp.OAuthErrorAsync(context, "invalid_grant", failure);
            return;
        }

        await GcpFakeHttp.JsonAsync(context, new JsonObject
        {
            ["access_token"] = Issue(federated: false),
            ["expires_in"] = (int)tokenLifetime.TotalSeconds,
            ["token_type"] = "Bearer",
        });
    }

    public async Task StsAsync(HttpContext context)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var type = form["subject_token_type"].ToString();
        SubjectTokenTypes.Enqueue(type);
        if (form["grant_type"] != "urn:ietf:params:oauth:grant-type:token-exchange"
            || type is not (JwtType or IdTokenType or AwsType))
        {
            await GcpFakeHttp.OAuthErrorAsync(context, "invalid_request", "Invalid grant_type or subject_token_type");
            return;
        }

        var subject = form["subject_token"].ToString();
        var audience = form["audience"].ToString();
        var failure = type == AwsType
            ? GcpFakeAwsSubject.Check(subject, audience, _awsKeys, time.GetUtcNow())
            : _subjects.ContainsKey((subject, audience)) ? null : "The subject token is not trusted for this audience";
        if (failure is not null)
        {
            await GcpFakeHttp.OAuthErrorAsync(context, "invalid_grant", failure);
            return;
        }

        await GcpFakeHttp.JsonAsync(context, new JsonObject
        {
            ["access_token"] = Issue(federated: true),
            ["issued_token_type"] = "urn:ietf:params:oauth:token-type:access_token",
            ["token_type"] = "Bearer",
            ["expires_in"] = (int)tokenLifetime.TotalSeconds,
        });
    }

    public async Task GenerateAccessTokenAsync(HttpContext context, string email)
    {
        if (!IsValid(context.Request.Headers.Authorization.ToString()))
        {
            await GcpFakeHttp.ErrorAsync(context, 401, "UNAUTHENTICATED", "Request had invalid authentication credentials.");
            return;
        }

        if (!_impersonable.ContainsKey(email))
        {
            await GcpFakeHttp.ErrorAsync(context, 403, "PERMISSION_DENIED", "Permission 'iam.serviceAccounts.getAccessToken' denied on resource (or it may not exist).");
            return;
        }

        var token = Issue(federated: false);
        await GcpFakeHttp.JsonAsync(context, new JsonObject
        {
            ["accessToken"] = token,
            ["expireTime"] = _tokens[token].UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
        });
    }

    private string Issue(bool federated)
    {
        var token = "ya29.fake-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        _tokens[token] = time.GetUtcNow() + tokenLifetime;
        if (federated)
        {
            _federated[token] = 0;
        }

        Interlocked.Increment(ref _authentications);
        return token;
    }

    // Google.Apis.Auth puts the public token URL in aud even when posting elsewhere, so aud is not checked.
    private string? CheckAssertion(string assertion)
    {
        var parts = assertion.Split('.');
        if (parts.Length != 3)
        {
            return "Invalid JWT";
        }

        JsonNode? claims;
        try
        {
            claims = JsonNode.Parse(Base64UrlDecode(parts[1]));
        }
        catch (Exception ex) when (ex is FormatException or System.Text.Json.JsonException)
        {
            return "Invalid JWT payload";
        }

        var issuer = claims?["iss"]?.GetValue<string>() ?? string.Empty;
        if (!_keys.TryGetValue(issuer, out var key))
        {
            return "Invalid grant: account not found";
        }

        var signed = Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]);
        if (!key.VerifyData(signed, Base64UrlDecode(parts[2]), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1))
        {
            return "Invalid JWT Signature.";
        }

        var expires = DateTimeOffset.FromUnixTimeSeconds(claims?["exp"]?.GetValue<long>() ?? 0);
        if (expires <= time.GetUtcNow())
        {
            return "Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable timeframe.";
        }

        return (claims?["scope"]?.GetValue<string>() ?? string.Empty).Split(' ').Contains(Scope) ? null : "Invalid scope";
    }

    private static byte[] Base64UrlDecode(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(padded.PadRight(padded.Length + ((4 - (padded.Length % 4)) % 4), '='));
    }
}
