using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ferry.Testing.Backends.Azure;

/// <summary>Compact JWTs as the fake issues and checks them: HS256 with a per-fake key, RS256 for client assertions.</summary>
internal static class AzureFakeJwt
{
    public static string SignHs256(JsonObject payload, byte[] key)
    {
        var header = Encode("""{"alg":"HS256","typ":"JWT"}"""u8);
        var body = Encode(Encoding.UTF8.GetBytes(payload.ToJsonString()));
        var signature = HMACSHA256.HashData(key, Encoding.ASCII.GetBytes($"{header}.{body}"));
        return $"{header}.{body}.{Encode(signature)}";
    }

    /// <summary>The payload when the HS256 signature checks out; null for a malformed token or a bad signature.</summary>
    public static JsonObject? VerifyHs256(string token, byte[] key)
    {
        var parts = token.Split('.');
        if (parts.Length != 3)
        {
            return null;
        }

        var expected = HMACSHA256.HashData(key, Encoding.ASCII.GetBytes($"{parts[0]}.{parts[1]}"));
        return TryDecode(parts[2], out var signature) && CryptographicOperations.FixedTimeEquals(expected, signature)
            ? ReadPayload(parts[1])
            : null;
    }

    /// <summary>The payload when the RS256/PS256 signature verifies with <paramref name="key"/>; null otherwise.</summary>
    public static JsonObject? VerifyRsa(string token, RSA key)
    {
        var parts = token.Split('.');
        if (parts.Length != 3 || !TryDecode(parts[0], out var headerBytes) || !TryDecode(parts[2], out var signature))
        {
            return null;
        }

        var alg = JsonNode.Parse(headerBytes)?["alg"]?.GetValue<string>();
        var padding = alg switch
        {
            "RS256" => RSASignaturePadding.Pkcs1,
            "PS256" => RSASignaturePadding.Pss,
            _ => null,
        };
        if (padding is null)
        {
            return null;
        }

        var signed = Encoding.ASCII.GetBytes($"{parts[0]}.{parts[1]}");
        return key.VerifyData(signed, signature, HashAlgorithmName.SHA256, padding) ? ReadPayload(parts[1]) : null;
    }

    /// <summary>The payload without checking anything (to report what a rejected token claimed).</summary>
    public static JsonObject? PeekPayload(string token)
    {
        var parts = token.Split('.');
        return parts.Length == 3 ? ReadPayload(parts[1]) : null;
    }

    public static string Encode(ReadOnlySpan<byte> bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static bool TryDecode(string text, out byte[] bytes)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        padded += (padded.Length % 4) switch { 2 => "==", 3 => "=", _ => string.Empty };
        try
        {
            bytes = Convert.FromBase64String(padded);
            return true;
        }
        catch (FormatException)
        {
            bytes = [];
            return false;
        }
    }

    private static JsonObject? ReadPayload(string part)
    {
        if (!TryDecode(part, out var bytes))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(bytes) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
