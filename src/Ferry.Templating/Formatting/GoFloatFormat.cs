using System.Text;

namespace Ferry.Templating.Formatting;

/// <summary>Go's strconv.FormatFloat for 64-bit floats, formats e, E, f, g and G; precision -1 means shortest.</summary>
internal static class GoFloatFormat
{
    public static string Format(double value, char format, int precision)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "+Inf" : "-Inf";
        }

        var negative = double.IsNegative(value);
        var shortest = precision < 0;
        DecimalDigits digits;
        if (shortest)
        {
            digits = DecimalDigits.Shortest(value);
            precision = format switch
            {
                'e' or 'E' => Math.Max(digits.Count - 1, 0),
                'f' => Math.Max(digits.Count - digits.Point, 0),
                _ => digits.Count,
            };
        }
        else
        {
            var exact = DecimalDigits.Exact(value);
            digits = format switch
            {
                'e' or 'E' => exact.Round(precision + 1),
                'f' => exact.Round(exact.Point + precision),
                _ => exact.Round(precision == 0 ? 1 : precision),
            };
            if (format is 'g' or 'G' && precision == 0)
            {
                precision = 1;
            }
        }

        var builder = new StringBuilder();
        if (negative)
        {
            builder.Append('-');
        }

        switch (format)
        {
            case 'e' or 'E':
                AppendE(builder, digits, precision, format);
                break;
            case 'f':
                AppendF(builder, digits, precision);
                break;
            default:
                AppendG(builder, digits, precision, format, shortest);
                break;
        }

        return builder.ToString();
    }

    private static void AppendG(StringBuilder builder, DecimalDigits digits, int precision, char format, bool shortest)
    {
        var exponentPrecision = precision;
        if (exponentPrecision > digits.Count && digits.Count >= digits.Point)
        {
            exponentPrecision = digits.Count;
        }

        if (shortest)
        {
            exponentPrecision = 6;
        }

        var exponent = digits.Point - 1;
        if (exponent < -4 || exponent >= exponentPrecision)
        {
            if (precision > digits.Count)
            {
                precision = digits.Count;
            }

            AppendE(builder, digits, precision - 1, format == 'g' ? 'e' : 'E');
            return;
        }

        if (precision > digits.Point)
        {
            precision = digits.Count;
        }

        AppendF(builder, digits, Math.Max(precision - digits.Point, 0));
    }

    private static void AppendE(StringBuilder builder, DecimalDigits digits, int precision, char format)
    {
        builder.Append(digits.Count == 0 ? '0' : digits.Digits[0]);
        if (precision > 0)
        {
            builder.Append('.');
            for (var i = 1; i <= precision; i++)
            {
                builder.Append(i < digits.Count ? digits.Digits[i] : '0');
            }
        }

        builder.Append(format);
        var exponent = digits.Count == 0 ? 0 : digits.Point - 1;
        builder.Append(exponent < 0 ? '-' : '+');
        exponent = Math.Abs(exponent);
        if (exponent < 10)
        {
            builder.Append('0');
        }

        builder.Append(exponent.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static void AppendF(StringBuilder builder, DecimalDigits digits, int precision)
    {
        if (digits.Point > 0)
        {
            for (var i = 0; i < digits.Point; i++)
            {
                builder.Append(i < digits.Count ? digits.Digits[i] : '0');
            }
        }
        else
        {
            builder.Append('0');
        }

        if (precision > 0)
        {
            builder.Append('.');
            for (var i = 1; i <= precision; i++)
            {
                var j = digits.Point + i - 1;
                builder.Append(j >= 0 && j < digits.Count ? digits.Digits[j] : '0');
            }
        }
    }
}
