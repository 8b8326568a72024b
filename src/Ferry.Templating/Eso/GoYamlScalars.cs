using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;

namespace Ferry.Templating.Eso;

/// <summary>
/// Resolves an untagged plain YAML scalar the way go-yaml v2 (YAML 1.1) does in its <c>resolve</c> step, which is
/// what ESO's KeysAndValues parsing (sigs.k8s.io/yaml) runs on: the result is null, a bool, a long, a ulong (only
/// above long's range), a double, or the text itself. Timestamps stay text, as go-yaml keeps them for an
/// interface{} target.
/// </summary>
internal static partial class GoYamlScalars
{
    public static object? ResolvePlain(string text)
    {
        switch (text)
        {
            case "" or "~" or "null" or "Null" or "NULL":
                return null;
            case "y" or "Y" or "yes" or "Yes" or "YES" or "true" or "True" or "TRUE" or "on" or "On" or "ON":
                return true;
            case "n" or "N" or "no" or "No" or "NO" or "false" or "False" or "FALSE" or "off" or "Off" or "OFF":
                return false;
            case ".nan" or ".NaN" or ".NAN":
                return double.NaN;
            case ".inf" or ".Inf" or ".INF" or "+.inf" or "+.Inf" or "+.INF":
                return double.PositiveInfinity;
            case "-.inf" or "-.Inf" or "-.INF":
                return double.NegativeInfinity;
        }

        if (text[0] == '.')
        {
            return TryParseFiniteFloat(text, out var fraction) ? fraction : text;
        }

        if (text[0] is not ('+' or '-' or (>= '0' and <= '9')))
        {
            return text;
        }

        // go-yaml drops every underscore, then tries Go's ParseInt and ParseUint with base 0 (0x, 0o, 0b, and a
        // leading 0 for octal), then a decimal float.
        var plain = text.Replace("_", "", StringComparison.Ordinal);
        if (TryParseGoInteger(plain, out var negative, out var magnitude))
        {
            if (negative ? magnitude <= (BigInteger)long.MaxValue + 1 : magnitude <= long.MaxValue)
            {
                return (long)(negative ? -magnitude : magnitude);
            }

            if (!negative && plain[0] != '+' && magnitude <= ulong.MaxValue)
            {
                return (ulong)magnitude;
            }
        }

        return TryParseFiniteFloat(plain, out var number) ? number : text;
    }

    /// <summary>A decimal float as go-yaml's pattern allows; out of double's range Go's ParseFloat fails, so it is text.</summary>
    private static bool TryParseFiniteFloat(string text, out double value)
    {
        value = 0;
        return YamlStyleFloat().IsMatch(text)
            && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value)
            && double.IsFinite(value);
    }

    private static bool TryParseGoInteger(string text, out bool negative, out BigInteger magnitude)
    {
        magnitude = BigInteger.Zero;
        negative = text.StartsWith('-');
        var digits = text.StartsWith('-') || text.StartsWith('+') ? text[1..] : text;
        var radix = 10;
        if (digits.Length >= 2 && digits[0] == '0')
        {
            (radix, digits) = char.ToLowerInvariant(digits[1]) switch
            {
                'x' => (16, digits[2..]),
                'o' => (8, digits[2..]),
                'b' => (2, digits[2..]),
                _ => (8, digits[1..]),
            };
        }

        if (digits.Length == 0)
        {
            return false;
        }

        foreach (var c in digits)
        {
            var digit = char.IsAsciiDigit(c) ? c - '0' : char.IsAsciiLetter(c) ? char.ToLowerInvariant(c) - 'a' + 10 : radix;
            if (digit >= radix)
            {
                return false;
            }

            magnitude = (magnitude * radix) + digit;
        }

        return true;
    }

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex YamlStyleFloat();
}
