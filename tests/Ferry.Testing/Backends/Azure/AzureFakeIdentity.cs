using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;

namespace Ferry.Testing.Backends.Azure;

/// <summary>
/// The fake Entra ID tenant: registered applications (client secret, client certificate, federated subjects),
/// managed identities, the access tokens it issues and the service-account tokens of the "cluster" whose OIDC
/// issuer the federated credentials trust.
/// </summary>
internal sealed class AzureFakeIdentity(string tenantId, string audience, TimeSpan tokenLifetime, TimeProvider time)
{
    public const string FederatedAudience = "api://AzureADTokenExchange";
    public const string ClusterIssuer = "https://ferry-azure-fake.cluster.local";

    private readonly byte[] _accessTokenKey = RandomNumberGenerator.GetBytes(32);
    private readonly byte[] _clusterIssuerKey = RandomNumberGenerator.GetBytes(32);
    private readonly ConcurrentDictionary<string, string> _secrets = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, X509Certificate2> _certificates = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string ClientId, string Subject), bool> _federated = new();
    private readonly ConcurrentDictionary<string, bool> _managedIdentities = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<AzureFakeGrant, int> _grants = new();
    private long _generation;

    public string TenantId { get; } = tenantId;

    public string Audience { get; } = audience;

    public TimeSpan TokenLifetime { get; } = tokenLifetime;

    public int Authentications => _grants.Values.Sum();

    public int AuthenticationsBy(AzureFakeGrant grant) => _grants.GetValueOrDefault(grant);

    public void AddClientSecret(string clientId, string secret) => _secrets[clientId] = secret;

    public void AddClientCertificate(string clientId, X509Certificate2 certificate) => _certificates[clientId] = certificate;

    public void AddFederatedSubject(string clientId, string subject) => _federated[(clientId, subject)] = true;

    public void AddManagedIdentity(string clientId) => _managedIdentities[clientId] = true;

    public bool IsManagedIdentity(string clientId) => _managedIdentities.ContainsKey(clientId);

    public string? FirstManagedIdentity => _managedIdentities.Keys.Order(StringComparer.Ordinal).FirstOrDefault();

    public bool HasApplication(string clientId) =>
        _secrets.ContainsKey(clientId) || _certificates.ContainsKey(clientId) || _federated.Keys.Any(k => k.ClientId == clientId);

    public bool CheckSecret(string clientId, string secret) =>
        _secrets.TryGetValue(clientId, out var expected)
        && CryptographicOperations.FixedTimeEquals(System.Text.Encoding.UTF8.GetBytes(expected), System.Text.Encoding.UTF8.GetBytes(secret));

    /// <summary>Checks a certificate client assertion: RS256/PS256 by the registered certificate, iss = sub = client id, audience the token URL.</summary>
    public bool CheckCertificateAssertion(string clientId, string assertion, string tokenUrl)
    {
        if (!_certificates.TryGetValue(clientId, out var certificate))
        {
            return false;
        }

        using var key = certificate.GetRSAPublicKey();
        var payload = key is null ? null : AzureFakeJwt.VerifyRsa(assertion, key);
        return payload is not null
            && Claim(payload, "iss") == clientId
            && Claim(payload, "sub") == clientId
            && string.Equals(Claim(payload, "aud")?.TrimEnd('/'), tokenUrl.TrimEnd('/'), StringComparison.OrdinalIgnoreCase)
            && NotExpired(payload);
    }

    /// <summary>Checks a federated service-account token: signed by the cluster issuer, audience api://AzureADTokenExchange, a trusted subject.</summary>
    public bool CheckFederatedAssertion(string clientId, string assertion)
    {
        var payload = AzureFakeJwt.VerifyHs256(assertion, _clusterIssuerKey);
        if (payload is null || Claim(payload, "iss") != ClusterIssuer || !NotExpired(payload))
        {
            return false;
        }

        var audiences = payload["aud"] switch
        {
            JsonArray array => array.Select(a => a?.GetValue<string>()),
            JsonValue value => [value.GetValue<string>()],
            _ => [],
        };
        return audiences.Contains(FederatedAudience) && _federated.ContainsKey((clientId, Claim(payload, "sub") ?? string.Empty));
    }

    /// <summary>A service-account token of the trusted cluster, as a TokenRequest would return it.</summary>
    public string IssueServiceAccountToken(string ns, string name, IReadOnlyList<string> audiences, TimeSpan lifetime, bool forged)
    {
        var now = time.GetUtcNow().ToUnixTimeSeconds();
        var payload = new JsonObject
        {
            ["iss"] = ClusterIssuer,
            ["sub"] = $"system:serviceaccount:{ns}:{name}",
            ["aud"] = new JsonArray([.. audiences.Select(a => (JsonNode?)a)]),
            ["iat"] = now,
            ["nbf"] = now,
            ["exp"] = now + (long)lifetime.TotalSeconds,
        };
        return AzureFakeJwt.SignHs256(payload, forged ? RandomNumberGenerator.GetBytes(32) : _clusterIssuerKey);
    }

    public (string Token, long ExpiresIn, long ExpiresOn) IssueAccessToken(string clientId, string resource, AzureFakeGrant grant)
    {
        _grants.AddOrUpdate(grant, 1, (_, n) => n + 1);
        var now = time.GetUtcNow().ToUnixTimeSeconds();
        var lifetime = (long)TokenLifetime.TotalSeconds;
        var payload = new JsonObject
        {
            ["aud"] = resource,
            ["iss"] = $"https://sts.windows.net/{TenantId}/",
            ["tid"] = TenantId,
            ["appid"] = clientId,
            ["oid"] = clientId,
            ["idtyp"] = "app",
            ["iat"] = now,
            ["nbf"] = now,
            ["exp"] = now + lifetime,
            ["jti"] = Guid.NewGuid().ToString(),
            ["ferry_gen"] = Interlocked.Read(ref _generation),
        };
        return (AzureFakeJwt.SignHs256(payload, _accessTokenKey), lifetime, now + lifetime);
    }

    /// <summary>Every token issued so far stops working (as after a revocation or a key roll).</summary>
    public void RevokeIssuedTokens() => Interlocked.Increment(ref _generation);

    /// <summary>Null when the bearer token is good for this vault; otherwise Key Vault's reason.</summary>
    public string? RejectAccessToken(string token)
    {
        var payload = AzureFakeJwt.VerifyHs256(token, _accessTokenKey);
        if (payload is null)
        {
            return "AKV10032: Invalid issuer or signature.";
        }

        if (!NotExpired(payload) || (payload["ferry_gen"]?.GetValue<long>() ?? -1) < Interlocked.Read(ref _generation))
        {
            return "AKV10022: Token expired or revoked.";
        }

        var aud = Claim(payload, "aud");
        if (!string.Equals(aud?.TrimEnd('/'), Audience.TrimEnd('/'), StringComparison.OrdinalIgnoreCase))
        {
            return $"AKV10022: Invalid audience. Expected {Audience}, found: {aud}.";
        }

        return Claim(payload, "tid") == TenantId
            ? null
            : $"AKV10032: Invalid issuer. Expected one of https://sts.windows.net/{TenantId}/, found: {Claim(payload, "iss")}.";
    }

    private static string? Claim(JsonObject payload, string name) => payload[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    // MSAL writes exp as a string in client assertions; Entra ID takes either.
    private bool NotExpired(JsonObject payload) =>
        payload["exp"] is JsonValue exp
        && (exp.TryGetValue<long>(out var seconds) || (exp.TryGetValue<string>(out var text) && long.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out seconds)))
        && seconds > time.GetUtcNow().ToUnixTimeSeconds();
}
