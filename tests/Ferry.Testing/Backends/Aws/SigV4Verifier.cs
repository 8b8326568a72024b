using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Ferry.Testing.Backends.Aws;

/// <summary>
/// Checks an AWS Signature Version 4 (header form) the way the services do: the canonical request is rebuilt from
/// whatever headers the client listed in SignedHeaders, so any SDK's choice of headers verifies. Written apart from
/// AWSSDK.Core's signer on purpose, so the provider's signing and this check are two independent readings of the spec.
/// </summary>
internal static class SigV4Verifier
{
    public const string Algorithm = "AWS4-HMAC-SHA256";

    private static readonly TimeSpan MaxSkew = TimeSpan.FromMinutes(5);

    /// <summary>Verifies the request; returns the key it was signed with, or throws the service's error.</summary>
    public static AwsFakeAccessKey Verify(
        HttpRequest request, byte[] body, string expectedService, AwsFakeState state, DateTimeOffset now)
    {
        var header = request.Headers.Authorization.ToString();
        if (string.IsNullOrEmpty(header))
        {
            throw new AwsFakeError(400, "MissingAuthenticationTokenException", "Missing Authentication Token");
        }

        var parts = ParseAuthorization(header);
        var scope = parts.Credential.Split('/');
        if (scope.Length != 5 || scope[4] != "aws4_request")
        {
            throw new AwsFakeError(400, "IncompleteSignatureException", $"Credential should be scoped correctly: '{parts.Credential}'.");
        }

        var key = state.FindKey(scope[0])
            ?? throw new AwsFakeError(400, "UnrecognizedClientException", "The security token included in the request is invalid.");
        var amzDate = request.Headers["X-Amz-Date"].ToString();
        if (!DateTimeOffset.TryParseExact(amzDate, "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var signedAt))
        {
            throw new AwsFakeError(400, "IncompleteSignatureException", "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.");
        }

        if ((now - signedAt).Duration() > MaxSkew)
        {
            throw new AwsFakeError(400, "InvalidSignatureException",
                $"Signature expired: {amzDate} is now earlier than {(now - MaxSkew).ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture)}");
        }

        if (scope[1] != amzDate[..8] || scope[3] != expectedService || scope[2] != state.Region)
        {
            throw new AwsFakeError(400, "InvalidSignatureException",
                $"Credential should be scoped to a valid region and service: '{parts.Credential}'.");
        }

        var signedHeaders = parts.SignedHeaders.Split(';');
        if (!signedHeaders.Contains("host") || !signedHeaders.Contains("x-amz-date"))
        {
            throw new AwsFakeError(400, "IncompleteSignatureException", "Signed headers must include host and x-amz-date.");
        }

        CheckSessionToken(request, key, signedHeaders, now);
        var canonical = CanonicalRequest(request, body, signedHeaders);
        var stringToSign = string.Join('\n', Algorithm, amzDate, string.Join('/', scope[1..]), Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonical))));
        var signingKey = SigningKey(key.SecretAccessKey, scope[1], scope[2], scope[3]);
        var expected = Hex(HMACSHA256.HashData(signingKey, Encoding.UTF8.GetBytes(stringToSign)));
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(parts.Signature)))
        {
            throw new AwsFakeError(400, "InvalidSignatureException",
                "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.");
        }

        return key;
    }

    /// <summary>The signing key chain of the spec: "AWS4"+secret, then date, region, service and the terminator.</summary>
    public static byte[] SigningKey(string secret, string date, string region, string service)
    {
        var key = HMACSHA256.HashData(Encoding.UTF8.GetBytes("AWS4" + secret), Encoding.UTF8.GetBytes(date));
        key = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(region));
        key = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(service));
        return HMACSHA256.HashData(key, "aws4_request"u8.ToArray());
    }

    public static string CanonicalRequest(HttpRequest request, byte[] body, IReadOnlyList<string> signedHeaders)
    {
        var builder = new StringBuilder();
        builder.Append(request.Method).Append('\n');
        builder.Append(CanonicalUri(request.Path.HasValue ? request.Path.Value! : "/")).Append('\n');
        builder.Append(CanonicalQuery(request.QueryString.HasValue ? request.QueryString.Value![1..] : string.Empty)).Append('\n');
        foreach (var name in signedHeaders)
        {
            var values = name == "host" ? [request.Host.Value ?? string.Empty] : request.Headers[name].ToArray();
            if (values.Length == 0)
            {
                throw new AwsFakeError(400, "InvalidSignatureException", $"The header {name} is signed but was not sent.");
            }

            builder.Append(name).Append(':').Append(string.Join(',', values.Select(v => CollapseSpaces(v ?? string.Empty)))).Append('\n');
        }

        builder.Append('\n').Append(string.Join(';', signedHeaders)).Append('\n');
        builder.Append(PayloadHash(request, body));
        return builder.ToString();
    }

    public static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);

    private static void CheckSessionToken(HttpRequest request, AwsFakeAccessKey key, string[] signedHeaders, DateTimeOffset now)
    {
        if (key.SessionToken is null)
        {
            return;
        }

        var sent = request.Headers["X-Amz-Security-Token"].ToString();
        if (sent != key.SessionToken || !signedHeaders.Contains("x-amz-security-token"))
        {
            throw new AwsFakeError(400, "UnrecognizedClientException", "The security token included in the request is invalid.");
        }

        if (key.ExpiresAt is { } expiry && now >= expiry)
        {
            throw new AwsFakeError(400, "ExpiredTokenException", "The security token included in the request is expired");
        }
    }

    private static string PayloadHash(HttpRequest request, byte[] body)
    {
        var actual = Hex(SHA256.HashData(body));
        var claimed = request.Headers["X-Amz-Content-Sha256"].ToString();
        if (string.IsNullOrEmpty(claimed) || claimed == "UNSIGNED-PAYLOAD")
        {
            return string.IsNullOrEmpty(claimed) ? actual : claimed;
        }

        return claimed == actual
            ? actual
            : throw new AwsFakeError(400, "InvalidSignatureException", "The provided 'x-amz-content-sha256' header does not match what was computed.");
    }

    private static (string Credential, string SignedHeaders, string Signature) ParseAuthorization(string header)
    {
        if (!header.StartsWith(Algorithm + " ", StringComparison.Ordinal))
        {
            throw new AwsFakeError(400, "IncompleteSignatureException", "Unsupported signature algorithm.");
        }

        var fields = header[(Algorithm.Length + 1)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(f => f.Split('=', 2))
            .Where(f => f.Length == 2)
            .ToDictionary(f => f[0], f => f[1], StringComparer.Ordinal);
        return fields.TryGetValue("Credential", out var credential)
            && fields.TryGetValue("SignedHeaders", out var signed)
            && fields.TryGetValue("Signature", out var signature)
            ? (credential, signed, signature)
            : throw new AwsFakeError(400, "IncompleteSignatureException", "Authorization header requires 'Credential', 'SignedHeaders' and 'Signature'.");
    }

    // Non-S3 services encode each path segment of the already-encoded path once more.
    private static string CanonicalUri(string rawPath) =>
        string.Join('/', rawPath.Split('/').Select(segment => Encode(segment)));

    private static string CanonicalQuery(string query)
    {
        if (query.Length == 0)
        {
            return string.Empty;
        }

        return string.Join('&', query.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .Select(pair => (Name: Encode(Uri.UnescapeDataString(pair[0])), Value: Encode(Uri.UnescapeDataString(pair.Length > 1 ? pair[1].Replace('+', ' ') : string.Empty))))
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ThenBy(p => p.Value, StringComparer.Ordinal)
            .Select(p => $"{p.Name}={p.Value}"));
    }

    private static string Encode(string value)
    {
        var builder = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            if (b is (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'a' and <= (byte)'z') or (>= (byte)'0' and <= (byte)'9')
                or (byte)'-' or (byte)'_' or (byte)'.' or (byte)'~')
            {
                builder.Append((char)b);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    private static string CollapseSpaces(string value)
    {
        var builder = new StringBuilder(value.Length);
        var lastWasSpace = false;
        foreach (var c in value.Trim())
        {
            if (c == ' ')
            {
                if (!lastWasSpace)
                {
                    builder.Append(c);
                }

                lastWasSpace = true;
            }
            else
            {
                builder.Append(c);
                lastWasSpace = false;
            }
        }

        return builder.ToString();
    }
}
