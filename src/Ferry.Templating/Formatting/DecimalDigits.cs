using System.Globalization;
using System.Numerics;

namespace Ferry.Templating.Formatting;

/// <summary>
/// A double as decimal digits with a decimal-point position (value = 0.DIGITS × 10^Point), produced either as the
/// shortest digits that round-trip or as the exact expansion rounded half-to-even, which is what Go's strconv does.
/// </summary>
internal readonly record struct DecimalDigits(string Digits, int Point)
{
    public int Count => Digits.Length;

    public static DecimalDigits Shortest(double value)
    {
        var text = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);
        if (value == 0)
        {
            return new DecimalDigits("", 0);
        }

        var exponent = 0;
        var e = text.IndexOf('E', StringComparison.Ordinal);
        if (e >= 0)
        {
            exponent = int.Parse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            text = text[..e];
        }

        var dot = text.IndexOf('.', StringComparison.Ordinal);
        var integerDigits = dot < 0 ? text.Length : dot;
        var digits = dot < 0 ? text : text.Remove(dot, 1);
        return Normalize(digits, integerDigits + exponent);
    }

    /// <summary>The exact decimal expansion of a finite double.</summary>
    public static DecimalDigits Exact(double value)
    {
        if (value == 0)
        {
            return new DecimalDigits("", 0);
        }

        var bits = BitConverter.DoubleToInt64Bits(Math.Abs(value));
        var exponentBits = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & 0xFFFFFFFFFFFFFL;
        int exponent;
        if (exponentBits == 0)
        {
            exponent = -1074;
        }
        else
        {
            mantissa |= 1L << 52;
            exponent = exponentBits - 1075;
        }

        if (exponent >= 0)
        {
            var integer = new BigInteger(mantissa) << exponent;
            var text = integer.ToString(CultureInfo.InvariantCulture);
            return Normalize(text, text.Length);
        }

        // m × 2^-k = m × 5^k / 10^k
        var scaled = new BigInteger(mantissa) * BigInteger.Pow(5, -exponent);
        var digits = scaled.ToString(CultureInfo.InvariantCulture);
        return Normalize(digits, digits.Length + exponent);
    }

    /// <summary>Rounds to <paramref name="count"/> significant digits, half to even on an exact tie.</summary>
    public DecimalDigits Round(int count)
    {
        if (count < 0 || count >= Digits.Length)
        {
            return this;
        }

        var roundUp = Digits[count] > '5'
            || (Digits[count] == '5' && (count + 1 < Digits.Length || (count > 0 && (Digits[count - 1] - '0') % 2 == 1)));
        if (!roundUp)
        {
            return Normalize(Digits[..count], Point);
        }

        var chars = Digits[..count].ToCharArray();
        var i = count - 1;
        while (i >= 0 && chars[i] == '9')
        {
            i--;
        }

        if (i < 0)
        {
            return new DecimalDigits("1", Point + 1);
        }

        chars[i]++;
        return Normalize(new string(chars, 0, i + 1), Point);
    }

    private static DecimalDigits Normalize(string digits, int point)
    {
        var start = 0;
        while (start < digits.Length && digits[start] == '0')
        {
            start++;
            point--;
        }

        var end = digits.Length;
        while (end > start && digits[end - 1] == '0')
        {
            end--;
        }

        return end == start ? new DecimalDigits("", 0) : new DecimalDigits(digits[start..end], point);
    }
}
