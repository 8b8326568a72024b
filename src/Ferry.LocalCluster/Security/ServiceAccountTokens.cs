using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Ferry.LocalCluster.Security;

/// <summary>
/// Signs and checks service-account tokens: RS256 JWTs with the claims kube-apiserver puts in them
/// (<c>sub</c> = system:serviceaccount:NS:NAME, <c>aud</c>, <c>exp</c>, and the <c>kubernetes.io</c> claim).
/// </summary>
internal sealed class ServiceAccountTokens : IDisposable
{
    public const string Issuer = "https://kubernetes.default.svc.cluster.local";

    private readonly RSA _key = RSA.Create(2048);
    private readonly TimeProvider _time;

    public ServiceAccountTokens(TimeProvider time)
    {
        _time = time;
        KeyId = Base64Url.EncodeToString(SHA256.HashData(_key.ExportSubjectPublicKeyInfo()));
    }

    public string KeyId { get; }

    /// <summary>The API server's own audience, the default for tokens and reviews that name none.</summary>
    public static IReadOnlyList<string> ApiAudiences { get; } = [Issuer];

    public string Issue(string ns, string name, string uid, IReadOnlyList<string> audiences, DateTimeOffset expires, JsonObject? boundObject)
    {
        var now = _time.GetUtcNow();
        var kubernetes = new JsonObject
        {
            ["namespace"] = ns,
            ["serviceaccount"] = new JsonObject { ["name"] = name, ["uid"] = uid },
        };
        if (boundObject is not null)
        {
            kubernetes[((string?)boundObject["kind"] ?? "object").ToLowerInvariant()] =
                new JsonObject { ["name"] = (string?)boundObject["name"], ["uid"] = (string?)boundObject["uid"] };
        }

        var claims = new JsonObject
        {
            ["aud"] = new JsonArray([.. audiences.Select(a => (JsonNode)a)]),
            ["exp"] = expires.ToUnixTimeSeconds(),
            ["iat"] = now.ToUnixTimeSeconds(),
            ["iss"] = Issuer,
            ["jti"] = Guid.NewGuid().ToString(),
            ["kubernetes.io"] = kubernetes,
            ["nbf"] = now.ToUnixTimeSeconds(),
            ["sub"] = $"system:serviceaccount:{ns}:{name}",
        };
        var header = new JsonObject { ["alg"] = "RS256", ["kid"] = KeyId };
        var unsigned = Encode(header) + "." + Encode(claims);
        var signature = _key.SignData(Encoding.ASCII.GetBytes(unsigned), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return unsigned + "." + Base64Url.EncodeToString(signature);
    }

    /// <summary>Checks signature, time window and audience; returns the claims, or null with the reason.</summary>
    public JsonObject? Validate(string token, IReadOnlyList<string> audiences, out string error)
    {
        error = "invalid bearer token";
        var parts = token.Split('.');
        if (parts.Length != 3)
        {
            return null;
        }

        JsonObject claims;
        try
        {
            var signed = Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]);
            if (!_key.VerifyData(signed, Base64Url.DecodeFromChars(parts[2]), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1))
            {
                return null;
            }

            claims = JsonNode.Parse(Base64Url.DecodeFromChars(parts[1]))!.AsObject();
        }
        catch (Exception exception) when (exception is FormatException or System.Text.Json.JsonException or InvalidOperationException or CryptographicException)
        {
            return null;
        }

        var now = _time.GetUtcNow().ToUnixTimeSeconds();
        if ((long?)claims["exp"] is not { } exp || exp < now)
        {
            error = "service account token has expired";
            return null;
        }

        var tokenAudiences = claims["aud"] is JsonArray array
            ? array.Select(a => (string?)a).OfType<string>().ToList()
            : [(string?)claims["aud"] ?? string.Empty];
        if (!tokenAudiences.Intersect(audiences, StringComparer.Ordinal).Any())
        {
            error = "token audiences [" + string.Join(" ", tokenAudiences.Select(a => $"\"{a}\"")) + "] is invalid for the target audiences [" + string.Join(" ", audiences.Select(a => $"\"{a}\"")) + "]";
            return null;
        }

        error = string.Empty;
        return claims;
    }

    /// <summary>The public key as a JWKS, for OIDC discovery (what Vault's JWT auth and similar fetch).</summary>
    public JsonObject Jwks()
    {
        var parameters = _key.ExportParameters(false);
        return new JsonObject
        {
            ["keys"] = new JsonArray(new JsonObject
            {
                ["use"] = "sig",
                ["kty"] = "RSA",
                ["kid"] = KeyId,
                ["alg"] = "RS256",
                ["n"] = Base64Url.EncodeToString(parameters.Modulus),
                ["e"] = Base64Url.EncodeToString(parameters.Exponent),
            }),
        };
    }

    public void Dispose() => _key.Dispose();

    private static string Encode(JsonObject value) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(value.ToJsonString()));
}
