using System.Text;

namespace Ferry.Api;

/// <summary>
/// Go's <c>time.ParseDuration</c> grammar, <c>[-+]?([0-9]*(\.[0-9]*)?[a-z]+)+</c>, evaluated over the UTF-8 bytes
/// as Go does, with Go's overflow rules and error texts.
/// </summary>
internal static class GoDurationParser
{
    private const ulong MaxMagnitude = 1UL << 63;

    public static bool TryParse(string text, out GoDuration duration, out string? error)
    {
        duration = default;
        var bytes = Encoding.UTF8.GetBytes(text);
        var position = 0;
        var negative = false;
        if (bytes.Length > 0 && (bytes[0] == '-' || bytes[0] == '+'))
        {
            negative = bytes[0] == '-';
            position = 1;
        }

        if (bytes.Length - position == 1 && bytes[position] == '0')
        {
            error = null;
            return true;
        }

        if (position == bytes.Length)
        {
            error = Invalid(text);
            return false;
        }

        ulong total = 0;
        while (position < bytes.Length)
        {
            if (!TryParseTerm(bytes, ref position, text, out var term, out error))
            {
                return false;
            }

            total += term;
            if (total > MaxMagnitude)
            {
                error = Invalid(text);
                return false;
            }
        }

        if (!negative && total > MaxMagnitude - 1)
        {
            error = Invalid(text);
            return false;
        }

        duration = new GoDuration(negative ? unchecked((long)(0UL - total)) : (long)total);
        error = null;
        return true;
    }

    // One "<number><unit>" term, returned in nanoseconds.
    private static bool TryParseTerm(byte[] bytes, ref int position, string text, out ulong nanoseconds, out string? error)
    {
        nanoseconds = 0;
        error = Invalid(text);
        if (!(bytes[position] == '.' || IsDigit(bytes[position])))
        {
            return false;
        }

        var start = position;
        if (!TryLeadingInteger(bytes, ref position, out var whole))
        {
            return false;
        }

        var hasWhole = position != start;
        ulong fraction = 0;
        var scale = 1.0;
        var hasFraction = false;
        if (position < bytes.Length && bytes[position] == '.')
        {
            position++;
            var fractionStart = position;
            (fraction, scale) = LeadingFraction(bytes, ref position);
            hasFraction = position != fractionStart;
        }

        if (!hasWhole && !hasFraction)
        {
            return false;
        }

        var unitStart = position;
        while (position < bytes.Length && bytes[position] != '.' && !IsDigit(bytes[position]))
        {
            position++;
        }

        if (position == unitStart)
        {
            error = $"time: missing unit in duration {Quote(text)}";
            return false;
        }

        var unitName = Encoding.UTF8.GetString(bytes, unitStart, position - unitStart);
        if (UnitOf(unitName) is not { } unit)
        {
            error = $"time: unknown unit {QuoteBytes(bytes.AsSpan(unitStart, position - unitStart))} in duration {Quote(text)}";
            return false;
        }

        if (whole > MaxMagnitude / unit)
        {
            return false;
        }

        whole *= unit;
        if (fraction > 0)
        {
            // Go computes the fractional part in floating point (nanosecond-accurate up to hours) and truncates.
            whole += (ulong)(fraction * (unit / scale));
            if (whole > MaxMagnitude)
            {
                return false;
            }
        }

        nanoseconds = whole;
        error = null;
        return true;
    }

    private static bool TryLeadingInteger(byte[] bytes, ref int position, out ulong value)
    {
        value = 0;
        for (; position < bytes.Length && IsDigit(bytes[position]); position++)
        {
            if (value > MaxMagnitude / 10)
            {
                return false;
            }

            value = (value * 10) + (ulong)(bytes[position] - '0');
            if (value > MaxMagnitude)
            {
                return false;
            }
        }

        return true;
    }

    // Digits after the point; once more would overflow, further digits are consumed without adding precision.
    private static (ulong Value, double Scale) LeadingFraction(byte[] bytes, ref int position)
    {
        ulong value = 0;
        var scale = 1.0;
        var saturated = false;
        for (; position < bytes.Length && IsDigit(bytes[position]); position++)
        {
            if (saturated)
            {
                continue;
            }

            if (value > (MaxMagnitude - 1) / 10)
            {
                saturated = true;
                continue;
            }

            var next = (value * 10) + (ulong)(bytes[position] - '0');
            if (next > MaxMagnitude)
            {
                saturated = true;
                continue;
            }

            value = next;
            scale *= 10;
        }

        return (value, scale);
    }

    private static ulong? UnitOf(string name) => name switch
    {
        "ns" => (ulong)GoDuration.Nanosecond,
        "us" or "\u00B5s" or "\u03BCs" => (ulong)GoDuration.Microsecond,
        "ms" => (ulong)GoDuration.Millisecond,
        "s" => (ulong)GoDuration.Second,
        "m" => (ulong)GoDuration.Minute,
        "h" => (ulong)GoDuration.Hour,
        _ => null,
    };

    private static bool IsDigit(byte b) => b is >= (byte)'0' and <= (byte)'9';

    private static string Invalid(string text) => $"time: invalid duration {Quote(text)}";

    private static string Quote(string text) => QuoteBytes(Encoding.UTF8.GetBytes(text));

    // Go's time.quote: printable ASCII as is (with " and \ escaped), every other byte as \xNN.
    private static string QuoteBytes(ReadOnlySpan<byte> bytes)
    {
        var quoted = new StringBuilder(bytes.Length + 2).Append('"');
        foreach (var b in bytes)
        {
            if (b is >= 0x80 or < (byte)' ')
            {
                quoted.Append("\\x").Append(HexDigits[b >> 4]).Append(HexDigits[b & 0xF]);
            }
            else
            {
                if (b is (byte)'"' or (byte)'\\')
                {
                    quoted.Append('\\');
                }

                quoted.Append((char)b);
            }
        }

        return quoted.Append('"').ToString();
    }

    private const string HexDigits = "0123456789abcdef";
}
