using System.Globalization;
using System.Text;

namespace Ferry.Providers.Paths;

/// <summary>Go's <c>strconv.FormatFloat(f, 'f', -1, 64)</c>: the shortest round-tripping digits, never an exponent.</summary>
internal static class GoFloat
{
    public static string FormatShortest(string jsonNumber)
    {
        var value = double.Parse(jsonNumber, NumberStyles.Float, CultureInfo.InvariantCulture);
        return FormatShortest(value);
    }

    public static string FormatShortest(double value)
    {
        if (double.IsPositiveInfinity(value))
        {
            return "+Inf";
        }

        if (double.IsNegativeInfinity(value))
        {
            return "-Inf";
        }

        if (double.IsNaN(value))
        {
            return "NaN";
        }

        var roundTrip = value.ToString("R", CultureInfo.InvariantCulture);
        var negative = roundTrip.StartsWith('-');
        var body = negative ? roundTrip[1..] : roundTrip;
        var exponent = 0;
        var e = body.IndexOf('E', StringComparison.Ordinal);
        if (e >= 0)
        {
            exponent = int.Parse(body.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            body = body[..e];
        }

        var point = body.IndexOf('.', StringComparison.Ordinal);
        var digits = point >= 0 ? body.Remove(point, 1) : body;
        var integerDigits = (point >= 0 ? point : body.Length) + exponent;

        var builder = new StringBuilder();
        if (negative)
        {
            builder.Append('-');
        }

        if (integerDigits <= 0)
        {
            builder.Append("0.").Append('0', -integerDigits).Append(digits.TrimEnd('0'));
            return builder.ToString().TrimEnd('.');
        }

        if (integerDigits >= digits.Length)
        {
            return builder.Append(digits).Append('0', integerDigits - digits.Length).ToString();
        }

        var fraction = digits[integerDigits..].TrimEnd('0');
        builder.Append(digits[..integerDigits]);
        if (fraction.Length > 0)
        {
            builder.Append('.').Append(fraction);
        }

        return builder.ToString();
    }
}
