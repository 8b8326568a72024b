using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Ferry.Testing.Backends.Vault;

/// <summary>RS256 JWT checks as Vault's JWT auth does them against a JWKS: signature, time window, audience, subject.</summary>
internal static class VaultFakeJwt
{
    /// <summary>The claims, or null with Vault's reason.</summary>
    public static JsonObject? Validate(string jwt, JsonObject jwks, VaultFakeRole role, DateTimeOffset now, out string error)
    {
        error = "error validating token: invalid JWT";
        var parts = jwt.Split('.');
        if (parts.Length != 3)
        {
            return null;
        }

        JsonObject header;
        JsonObject claims;
        try
        {
            header = JsonNode.Parse(Base64Url.DecodeFromChars(parts[0]))!.AsObject();
            claims = JsonNode.Parse(Base64Url.DecodeFromChars(parts[1]))!.AsObject();
            if ((string?)header["alg"] != "RS256" || !SignatureMatches(parts, (string?)header["kid"], jwks))
            {
                error = "error validating token: failed to verify id token signature";
                return null;
            }
        }
        catch (Exception ex) when (ex is FormatException or System.Text.Json.JsonException or InvalidOperationException or CryptographicException)
        {
            return null;
        }

        // Vault's default leeways: 150 s past expiry, 60 s of clock skew before not-before.
        var seconds = now.ToUnixTimeSeconds();
        if ((long?)claims["exp"] is { } exp && seconds > exp + 150)
        {
            error = "error validating token: token is expired";
            return null;
        }

        if ((long?)claims["nbf"] is { } nbf && seconds < nbf - 60)
        {
            error = "error validating token: token not valid yet";
            return null;
        }

        var audiences = claims["aud"] is JsonArray array ? array.Select(a => (string?)a).OfType<string>().ToList() : claims["aud"] is { } single ? [(string?)single ?? string.Empty] : [];
        if (role.BoundAudiences.Count > 0 && !audiences.Intersect(role.BoundAudiences, StringComparer.Ordinal).Any())
        {
            error = "error validating claims: invalid audience (aud) claim: audience claim does not match any expected audience";
            return null;
        }

        if (role.BoundAudiences.Count == 0 && audiences.Count > 0)
        {
            error = "error validating claims: audience claim found in JWT but no audiences bound to the role";
            return null;
        }

        if (role.BoundSubject is { } subject && (string?)claims["sub"] != subject)
        {
            error = "error validating claims: sub claim does not match bound subject";
            return null;
        }

        if (claims[role.UserClaim] is null)
        {
            error = $"claim \"{role.UserClaim}\" not found in token";
            return null;
        }

        error = string.Empty;
        return claims;
    }

    private static bool SignatureMatches(string[] parts, string? keyId, JsonObject jwks)
    {
        var signed = Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]);
        var signature = Base64Url.DecodeFromChars(parts[2]);
        foreach (var key in (jwks["keys"] as JsonArray ?? []).OfType<JsonObject>())
        {
            if ((string?)key["kty"] != "RSA" || (keyId is not null && key["kid"] is not null && (string?)key["kid"] != keyId))
            {
                continue;
            }

            using var rsa = RSA.Create(new RSAParameters
            {
                Modulus = Base64Url.DecodeFromChars((string)key["n"]!),
                Exponent = Base64Url.DecodeFromChars((string)key["e"]!),
            });
            if (rsa.VerifyData(signed, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1))
            {
                return true;
            }
        }

        return false;
    }
}
