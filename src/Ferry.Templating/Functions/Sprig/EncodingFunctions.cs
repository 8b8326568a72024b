using System.Security.Cryptography;
using Ferry.Templating.Values;
using static Ferry.Templating.Functions.Sprig.SprigValues;

namespace Ferry.Templating.Functions.Sprig;

/// <summary>sprig's encodings and hashes, and ESO's hexdec. The decoders return Go's error text as the value.</summary>
internal static class EncodingFunctions
{
    private static readonly GoType S = GoType.String;

    public static IEnumerable<GoFunction> All()
    {
        yield return new("b64enc", [S], null, a => Str(Convert.ToBase64String(Bytes(a[0]).Span)));
        yield return new("b64dec", [S], null, a => Swallow(GoEncodings.DecodeBase64(Bytes(a[0]).Span)));
        yield return new("b32enc", [S], null, a => GoEncodings.EncodeBase32(Bytes(a[0]).Span));
        yield return new("b32dec", [S], null, a => Swallow(GoEncodings.DecodeBase32(Bytes(a[0]).Span)));
        yield return new("hexdec", [S], null, a => Swallow(GoEncodings.DecodeHex(Bytes(a[0]).Span)));
        yield return new("sha1sum", [S], null, a => GoEncodings.HexLower(CryptographicOperations.HashData(HashAlgorithmName.SHA1, Bytes(a[0]).Span)));
        yield return new("sha256sum", [S], null, a => GoEncodings.HexLower(SHA256.HashData(Bytes(a[0]).Span)));
        yield return new("sha512sum", [S], null, a => GoEncodings.HexLower(SHA512.HashData(Bytes(a[0]).Span)));
        yield return new("adler32sum", [S], null, a => Str(Adler32(Bytes(a[0]).Span).ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    /// <summary>sprig's non-must decoders: on failure the value is the error text.</summary>
    private static GoString Swallow((byte[] Bytes, string? Error) result) =>
        result.Error is { } error ? Str(error) : GoString.FromOwnedBytes(result.Bytes);

    private static uint Adler32(ReadOnlySpan<byte> data)
    {
        const uint modulus = 65521;
        uint a = 1, b = 0;
        foreach (var c in data)
        {
            a = (a + c) % modulus;
            b = (b + a) % modulus;
        }

        return (b << 16) | a;
    }
}
