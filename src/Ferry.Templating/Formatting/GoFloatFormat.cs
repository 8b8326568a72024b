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
        if (format is 'x' or 'X' or 'b')
        {
            return (negative ? "-" : "") + (format == 'b' ? FormatBinary(Math.Abs(value)) : FormatHex(Math.Abs(value), precision, format));
        }

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

    /// <summary>%b: decimal mantissa and binary exponent, as strconv's 'b' format.</summary>
    private static string FormatBinary(double value)
    {
        var bits = BitConverter.DoubleToInt64Bits(value);
        var exponent = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (exponent == 0)
        {
            exponent++;
        }
        else
        {
            mantissa |= 1L << 52;
        }

        exponent -= 1075;
        var sign = exponent >= 0 ? "+" : "";
        return mantissa.ToString(System.Globalization.CultureInfo.InvariantCulture) + "p" + sign
            + exponent.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>%x: hexadecimal mantissa and binary exponent (0x1.8p+00), as strconv's 'x' format.</summary>
    private static string FormatHex(double value, int precision, char format)
    {
        var bits = BitConverter.DoubleToInt64Bits(value);
        var exponent = (int)((bits >> 52) & 0x7FF);
        var mantissa = (ulong)(bits & 0xFFFFFFFFFFFFFL);
        if (exponent == 0)
        {
            exponent++;
        }
        else
        {
            mantissa |= 1UL << 52;
        }

        exponent -= 1023;
        if (mantissa == 0)
        {
            exponent = 0;
        }

        // Put the leading 1 at bit 60, as Go does, so the fraction is 15 hex digits.
        mantissa <<= 60 - 52;
        while (mantissa != 0 && (mantissa & (1UL << 60)) == 0)
        {
            mantissa <<= 1;
            exponent--;
        }

        if (precision >= 0 && precision < 15)
        {
            var shift = (uint)(precision * 4);
            var extra = (mantissa << (int)shift) & ((1UL << 60) - 1);
            mantissa >>= 60 - (int)shift;
            if ((extra | (mantissa & 1)) > (1UL << 59))
            {
                mantissa++;
            }

            mantissa <<= 60 - (int)shift;
            if ((mantissa & (1UL << 61)) != 0)
            {
                mantissa >>= 1;
                exponent++;
            }
        }

        var digits = format == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
        var builder = new StringBuilder();
        builder.Append('0').Append(format == 'X' ? 'X' : 'x').Append((char)('0' + (int)((mantissa >> 60) & 1)));
        mantissa <<= 4;
        if (precision < 0 && mantissa != 0)
        {
            builder.Append('.');
            while (mantissa != 0)
            {
                builder.Append(digits[(int)((mantissa >> 60) & 15)]);
                mantissa <<= 4;
            }
        }
        else if (precision > 0)
        {
            builder.Append('.');
            for (var i = 0; i < precision; i++)
            {
                builder.Append(digits[(int)((mantissa >> 60) & 15)]);
                mantissa <<= 4;
            }
        }

        builder.Append(format == 'X' ? 'P' : 'p');
        builder.Append(exponent < 0 ? '-' : '+');
        var magnitude = Math.Abs(exponent);
        if (magnitude < 10)
        {
            builder.Append('0');
        }

        builder.Append(magnitude.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return builder.ToString();
    }
}
