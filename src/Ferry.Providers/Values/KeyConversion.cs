using System.Globalization;
using System.Text;
using Ferry.Api.V1;
using Ferry.Api.V1Alpha1;

namespace Ferry.Providers.Values;

/// <summary>
/// ESO's conversionStrategy for keys (runtime/esutils ConvertKeys): a rune that is not a letter, a number, '-', '.'
/// or '_' becomes '_' (Default) or <c>_Uxxxx_</c> (Unicode); ReverseUnicode (PushSecret) undoes the latter.
/// </summary>
public static class KeyConversion
{
    public static string ConvertKey(ExternalSecretConversionStrategy? strategy, string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var builder = new StringBuilder(key.Length);
        foreach (var rune in key.EnumerateRunes())
        {
            if (IsAllowed(rune))
            {
                builder.Append(rune.ToString());
            }
            else if (strategy == ExternalSecretConversionStrategy.Unicode)
            {
                builder.Append("_U").Append(rune.Value.ToString("x4", CultureInfo.InvariantCulture)).Append('_');
            }
            else
            {
                builder.Append('_');
            }
        }

        return builder.ToString();
    }

    /// <summary>Converts every key; two keys that land on the same name are an error, as in ESO.</summary>
    public static IReadOnlyDictionary<string, SecretValue> ConvertKeys(
        ExternalSecretConversionStrategy? strategy, IReadOnlyDictionary<string, SecretValue> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return TransformKeys(values, key => ConvertKey(strategy, key));
    }

    public static string ReverseKey(PushSecretConversionStrategy? strategy, string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (strategy != PushSecretConversionStrategy.ReverseUnicode)
        {
            return key;
        }

        var builder = new StringBuilder(key.Length);
        var i = 0;
        while (i < key.Length)
        {
            if (TryReadUnicodeEscape(key, i, out var rune, out var length))
            {
                builder.Append(rune.ToString());
                i += length;
            }
            else
            {
                builder.Append(key[i]);
                i++;
            }
        }

        return builder.ToString();
    }

    public static IReadOnlyDictionary<string, SecretValue> ReverseKeys(
        PushSecretConversionStrategy? strategy, IReadOnlyDictionary<string, SecretValue> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return TransformKeys(values, key => ReverseKey(strategy, key));
    }

    internal static bool IsAllowed(Rune rune) =>
        Rune.IsLetter(rune) || IsGoNumber(rune) || rune.Value is '-' or '.' or '_';

    // Go's unicode.IsNumber is the whole N category (Nd, Nl, No), wider than Rune.IsDigit.
    private static bool IsGoNumber(Rune rune) => Rune.GetUnicodeCategory(rune) is
        UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;

    private static Dictionary<string, SecretValue> TransformKeys(
        IReadOnlyDictionary<string, SecretValue> values, Func<string, string> transform)
    {
        var result = new Dictionary<string, SecretValue>(values.Count, StringComparer.Ordinal);
        foreach (var (key, value) in values)
        {
            var converted = transform(key);
            if (!result.TryAdd(converted, value))
            {
                throw new ProviderException($"secret name collision during conversion: {converted}");
            }
        }

        return result;
    }

    // Matches ESO's `_U([0-9a-fA-F]{4,5})_`: four or five hex digits, preferring five.
    private static bool TryReadUnicodeEscape(string key, int start, out Rune rune, out int length)
    {
        rune = default;
        length = 0;
        if (start + 2 > key.Length || key[start] != '_' || key[start + 1] != 'U')
        {
            return false;
        }

        foreach (var digits in new[] { 5, 4 })
        {
            var end = start + 2 + digits;
            if (end < key.Length && key[end] == '_' && IsHex(key.AsSpan(start + 2, digits))
                && int.TryParse(key.AsSpan(start + 2, digits), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code)
                && Rune.TryCreate(code, out rune))
            {
                length = digits + 3;
                return true;
            }
        }

        return false;
    }

    private static bool IsHex(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
