using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ferry.Testing.Backends.Aws;

namespace Ferry.Testing.Backends.Gcp;

/// <summary>
/// What Google's STS checks in an AWS subject token (urn:ietf:params:aws:token-type:aws4_request) before it would
/// replay the request to AWS: a URL-encoded JSON {url, method, headers} describing a POST of GetCallerIdentity to a
/// regional AWS STS endpoint, signed with SigV4 for service sts, carrying x-goog-cloud-target-resource equal to the
/// audience. The fake then does AWS's part itself: it recomputes the signature with the registered secret key.
/// </summary>
internal static class GcpFakeAwsSubject
{
    private const string Algorithm = "AWS4-HMAC-SHA256";

    /// <summary>Null when the token is a valid signed request for a known key and this audience; else the reason.</summary>
    public static string? Check(string subjectToken, string audience, IReadOnlyDictionary<string, string> secretKeys, DateTimeOffset now)
    {
        JsonObject request;
        try
        {
            request = JsonNode.Parse(Uri.UnescapeDataString(subjectToken)) as JsonObject ?? throw new JsonException();
        }
        catch (JsonException)
        {
            return "The subject token is not a serialized AWS signed request";
        }

        var url = request["url"]?.GetValue<string>() ?? string.Empty;
        if (request["method"]?.GetValue<string>() != "POST"
            || !Uri.TryCreate(url, UriKind.Absolute, out var target)
            || !target.Host.StartsWith("sts.", StringComparison.Ordinal) || !target.Host.EndsWith(".amazonaws.com", StringComparison.Ordinal)
            || target.Query != "?Action=GetCallerIdentity&Version=2011-06-15")
        {
            return "The AWS request must be a POST of GetCallerIdentity to a regional STS endpoint";
        }

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in request["headers"] as JsonArray ?? [])
        {
            headers[header?["key"]?.GetValue<string>() ?? string.Empty] = header?["value"]?.GetValue<string>() ?? string.Empty;
        }

        if (headers.GetValueOrDefault("x-goog-cloud-target-resource") != audience)
        {
            return "The x-goog-cloud-target-resource header does not match the audience";
        }

        return CheckSignature(target, headers, secretKeys, now);
    }

    private static string? CheckSignature(Uri target, Dictionary<string, string> headers, IReadOnlyDictionary<string, string> secretKeys, DateTimeOffset now)
    {
        var authorization = headers.GetValueOrDefault("Authorization") ?? string.Empty;
        if (!authorization.StartsWith(Algorithm + " ", StringComparison.Ordinal))
        {
            return "The AWS request is not signed with AWS4-HMAC-SHA256";
        }

        var fields = authorization[(Algorithm.Length + 1)..].Split(',', StringSplitOptions.TrimEntries)
            .Select(f => f.Split('=', 2)).Where(f => f.Length == 2).ToDictionary(f => f[0], f => f[1], StringComparer.Ordinal);
        var scope = fields.GetValueOrDefault("Credential")?.Split('/') ?? [];
        var region = target.Host["sts.".Length..^".amazonaws.com".Length];
        if (scope.Length != 5 || scope[2] != region || scope[3] != "sts" || scope[4] != "aws4_request")
        {
            return "The AWS signature is not scoped to sts in the endpoint's region";
        }

        if (!secretKeys.TryGetValue(scope[0], out var secret))
        {
            return "AWS: The security token included in the request is invalid";
        }

        var amzDate = headers.GetValueOrDefault("x-amz-date") ?? string.Empty;
        if (!DateTimeOffset.TryParseExact(amzDate, "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var signedAt)
            || (now - signedAt).Duration() > TimeSpan.FromMinutes(15) || scope[1] != amzDate[..8])
        {
            return "AWS: Signature expired or x-amz-date missing";
        }

        var signedHeaders = (fields.GetValueOrDefault("SignedHeaders") ?? string.Empty).Split(';');
        if (!signedHeaders.Contains("host") || !signedHeaders.Contains("x-goog-cloud-target-resource") || signedHeaders.Any(h => !headers.ContainsKey(h)))
        {
            return "AWS: host and x-goog-cloud-target-resource must be signed and every signed header sent";
        }

        var canonical = new StringBuilder()
            .Append("POST\n/\n").Append("Action=GetCallerIdentity&Version=2011-06-15\n")
            .Append(string.Concat(signedHeaders.Select(h => $"{h}:{headers[h].Trim()}\n"))).Append('\n')
            .Append(string.Join(';', signedHeaders)).Append('\n')
            .Append(headers.GetValueOrDefault("x-amz-content-sha256") ?? SigV4Verifier.Hex(SHA256.HashData([])))
            .ToString();
        var stringToSign = string.Join('\n', Algorithm, amzDate, string.Join('/', scope[1..]), SigV4Verifier.Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonical))));
        var expected = SigV4Verifier.Hex(HMACSHA256.HashData(SigV4Verifier.SigningKey(secret, scope[1], scope[2], scope[3]), Encoding.UTF8.GetBytes(stringToSign)));
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(fields.GetValueOrDefault("Signature") ?? string.Empty))
            ? null
            : "AWS: The request signature we calculated does not match the signature you provided";
    }
}
