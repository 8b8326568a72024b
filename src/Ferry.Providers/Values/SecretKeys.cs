using System.Text;

namespace Ferry.Providers.Values;

/// <summary>ESO's ValidateKeys: the keys a provider returned must be valid Secret data keys.</summary>
public static class SecretKeys
{
    public const int MaxLength = 253;

    public const string WrapMessage = "invalid secret keys (TIP: use rewrite or conversionStrategy to change keys)";

    /// <summary>Drops empty keys silently (ESO logs them) and rejects long keys or keys with invalid characters.</summary>
    /// <exception cref="ProviderException">A key is too long or has a character outside letters, numbers, '-', '.', '_'.</exception>
    public static IReadOnlyDictionary<string, SecretValue> Validate(IReadOnlyDictionary<string, SecretValue> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var valid = new Dictionary<string, SecretValue>(values.Count, StringComparer.Ordinal);
        foreach (var (key, value) in values)
        {
            if (key.Length == 0)
            {
                continue;
            }

            var problem = Check(key);
            if (problem is not null)
            {
                throw new ProviderException($"{WrapMessage}: {problem}");
            }

            valid[key] = value;
        }

        return valid;
    }

    private static string? Check(string key)
    {
        // Go measures bytes; the truncated echo is cut at a byte boundary there, here at a char boundary.
        var byteLength = Encoding.UTF8.GetByteCount(key);
        if (byteLength > MaxLength)
        {
            return $"key has length {byteLength} but max is {MaxLength}: (following is truncated): {key[..Math.Min(MaxLength, key.Length)]}";
        }

        foreach (var rune in key.EnumerateRunes())
        {
            if (!KeyConversion.IsAllowed(rune))
            {
                return $"key has invalid character {rune}, only alphanumeric, '-', '.' and '_' are allowed: {key}";
            }
        }

        return null;
    }
}
