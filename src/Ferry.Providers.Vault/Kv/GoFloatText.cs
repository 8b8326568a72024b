using System.Globalization;
using System.Text;

namespace Ferry.Providers.Vault.Kv;

/// <summary>
/// Go's formatting of a float64: strconv.FormatFloat(f, 'f', -1, 64), and encoding/json's choice between 'f' and 'e'.
/// ESO's GetSecretMap decodes Vault's JSON into float64, so a number comes out this way rather than as written.
/// </summary>
internal static class GoFloatText
{
    public static string FormatF(double value)
    {
        var (negative, digits, exponent) = Shortest(value);
        var builder = new StringBuilder();
        if (negative)
        {
            builder.Append('-');
        }

        if (exponent < 0)
        {
            return builder.Append("0.").Append('0', -exponent - 1).Append(digits).ToString();
        }

        if (digits.Length - 1 <= exponent)
        {
            return builder.Append(digits).Append('0', exponent - (digits.Length - 1)).ToString();
        }

        return builder.Append(digits, 0, exponent + 1).Append('.').Append(digits, exponent + 1, digits.Length - exponent - 1).ToString();
    }

    /// <summary>encoding/json's float64 text: 'f' between 1e-6 and 1e21, else 'e' with a one-digit exponent allowed.</summary>
    public static string FormatJson(double value)
    {
        var abs = Math.Abs(value);
        if (abs == 0 || (abs >= 1e-6 && abs < 1e21))
        {
            return FormatF(value);
        }

        var (negative, digits, exponent) = Shortest(value);
        var builder = new StringBuilder();
        if (negative)
        {
            builder.Append('-');
        }

        builder.Append(digits[0]);
        if (digits.Length > 1)
        {
            builder.Append('.').Append(digits, 1, digits.Length - 1);
        }

        builder.Append('e').Append(exponent < 0 ? '-' : '+');
        var magnitude = Math.Abs(exponent).ToString(CultureInfo.InvariantCulture);
        // strconv writes at least two exponent digits; encoding/json then trims "e-09" to "e-9" (but keeps "e+09").
        if (magnitude.Length < 2 && exponent > 0)
        {
            builder.Append('0');
        }

        return builder.Append(magnitude).ToString();
    }

    // The shortest round-tripping digits d1d2...dn and e such that |value| = d1.d2...dn × 10^e.
    private static (bool Negative, string Digits, int Exponent) Shortest(double value)
    {
        if (value == 0)
        {
            return (false, "0", 0);
        }

        var text = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);
        var exponent = 0;
        var e = text.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            exponent = int.Parse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            text = text[..e];
        }

        var point = text.IndexOf('.', StringComparison.Ordinal);
        var integer = point < 0 ? text : text[..point];
        var fraction = point < 0 ? string.Empty : text[(point + 1)..];
        string digits;
        if (integer.TrimStart('0').Length > 0)
        {
            var trimmed = integer.TrimStart('0');
            digits = trimmed + fraction;
            exponent += trimmed.Length - 1;
        }
        else
        {
            var zeros = fraction.Length - fraction.TrimStart('0').Length;
            digits = fraction.TrimStart('0');
            exponent -= zeros + 1;
        }

        digits = digits.TrimEnd('0');
        return (value < 0, digits.Length == 0 ? "0" : digits, exponent);
    }
}
