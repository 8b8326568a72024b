using Ferry.Templating.Functions.Sprig;
using Ferry.Templating.Values;

namespace Ferry.Templating.Eso;

/// <summary>ESO's value decoding (runtime/decoding): None, Base64, Base64URL, or Auto (try both, else keep).</summary>
public static class ValueDecoder
{
    public static GoString Decode(string key, GoString value, ValuesDecodingStrategy strategy)
    {
        switch (strategy)
        {
            case ValuesDecodingStrategy.None:
                return value;
            case ValuesDecodingStrategy.Base64:
                return DecodeOrThrow(key, GoEncodings.DecodeBase64(value.Span));
            case ValuesDecodingStrategy.Base64Url:
                return DecodeOrThrow(key, GoEncodings.DecodeBase64(ToStandardAlphabet(value.Span)));
            default:
                var standard = GoEncodings.DecodeBase64(value.Span);
                if (standard.Error is null)
                {
                    return GoString.FromOwnedBytes(standard.Bytes);
                }

                var url = GoEncodings.DecodeBase64(ToStandardAlphabet(value.Span));
                return url.Error is null ? GoString.FromOwnedBytes(url.Bytes) : value;
        }
    }

    private static byte[] ToStandardAlphabet(ReadOnlySpan<byte> value)
    {
        var copy = value.ToArray();
        for (var i = 0; i < copy.Length; i++)
        {
            copy[i] = copy[i] switch
            {
                (byte)'-' => (byte)'+',
                (byte)'_' => (byte)'/',
                (byte)'+' or (byte)'/' => (byte)'!',
                var b => b,
            };
        }

        return copy;
    }

    private static GoString DecodeOrThrow(string key, (byte[] Bytes, string? Error) result) =>
        result.Error is { } error
            ? throw new SecretTemplateException($"failed to decode value at key {key}: {error}")
            : GoString.FromOwnedBytes(result.Bytes);
}
