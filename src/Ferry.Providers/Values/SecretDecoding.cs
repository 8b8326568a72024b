using Ferry.Api.V1;

namespace Ferry.Providers.Values;

/// <summary>ESO's decodingStrategy (runtime/decoding): applied to fetched values before they reach the Secret.</summary>
public static class SecretDecoding
{
    /// <summary>Decodes one value. Null means the field was omitted, which ESO treats as None.</summary>
    /// <exception cref="ProviderException">Base64 or Base64URL was asked for and the value is not valid.</exception>
    public static SecretValue Decode(ExternalSecretDecodingStrategy? strategy, SecretValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var input = value.Bytes.Span;
        switch (strategy)
        {
            case null or ExternalSecretDecodingStrategy.None:
                return value;
            case ExternalSecretDecodingStrategy.Base64:
                return GoBase64.TryDecodeStandard(input, out var standard)
                    ? SecretValue.Wrap(standard)
                    : throw new ProviderException("illegal base64 data");
            case ExternalSecretDecodingStrategy.Base64Url:
                return GoBase64.TryDecodeUrl(input, out var url)
                    ? SecretValue.Wrap(url)
                    : throw new ProviderException("illegal base64url data");
            case ExternalSecretDecodingStrategy.Auto:
                // ESO's Auto: standard alphabet first, then URL, and a value that is neither stays as it is.
                if (GoBase64.TryDecodeStandard(input, out var auto) || GoBase64.TryDecodeUrl(input, out auto))
                {
                    return SecretValue.Wrap(auto);
                }

                return value;
            default:
                throw new ProviderException($"decoding strategy {strategy} is not supported");
        }
    }

    /// <summary>Decodes every value of a map; an error names the key, never the value.</summary>
    public static IReadOnlyDictionary<string, SecretValue> DecodeMap(
        ExternalSecretDecodingStrategy? strategy, IReadOnlyDictionary<string, SecretValue> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var decoded = new Dictionary<string, SecretValue>(values.Count, StringComparer.Ordinal);
        foreach (var (key, value) in values)
        {
            try
            {
                decoded[key] = Decode(strategy, value);
            }
            catch (ProviderException ex)
            {
                throw new ProviderException($"failure decoding key {key}: {ex.Message}", ex);
            }
        }

        return decoded;
    }
}
