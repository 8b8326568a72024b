using System.Globalization;
using System.Text;

namespace Ferry.Api.Admission;

/// <summary>
/// Go's <c>time.ParseDuration</c>: a signed sequence of decimal numbers with units (<c>1h30m</c>, <c>-1.5s</c>,
/// <c>300ms</c>), or a bare <c>0</c>. Errors carry Go's own text, because ESO surfaces them unchanged.
/// </summary>
public static class GoDuration
{
    private const ulong Nanosecond = 1;
    private const ulong Microsecond = 1000 * Nanosecond;
    private const ulong Millisecond = 1000 * Microsecond;
    private const ulong Second = 1000 * Millisecond;
    private const ulong Minute = 60 * Second;
    private const ulong Hour = 60 * Minute;
    private const ulong Limit = 1UL << 63;

    private static readonly Dictionary<string, ulong> Units = new(StringComparer.Ordinal)
    {
        ["ns"] = Nanosecond,
        ["us"] = Microsecond,
        ["\u00b5s"] = Microsecond, // micro sign
        ["\u03bcs"] = Microsecond, // Greek small letter mu
        ["ms"] = Millisecond,
        ["s"] = Second,
        ["m"] = Minute,
        ["h"] = Hour,
    };

    /// <summary>Parses a Go duration. TimeSpan has 100 ns ticks, so sub-tick precision is truncated.</summary>
    public static bool TryParse(string text, out TimeSpan value, out string? error)
    {
        value = TimeSpan.Zero;
        error = Parse(text, out var nanoseconds);
        if (error is not null)
        {
            return false;
        }

        value = TimeSpan.FromTicks(nanoseconds / 100);
        return true;
    }

    private static string? Parse(string original, out long nanoseconds)
    {
        nanoseconds = 0;
        var s = original.AsSpan();
        var negative = false;
        if (s.Length > 0 && s[0] is '-' or '+')
        {
            negative = s[0] == '-';
            s = s[1..];
        }

        if (s is "0")
        {
            return null;
        }

        if (s.IsEmpty)
        {
            return Invalid(original);
        }

        ulong total = 0;
        while (!s.IsEmpty)
        {
            if (!(s[0] == '.' || char.IsAsciiDigit(s[0])))
            {
                return Invalid(original);
            }

            var before = s.Length;
            if (!LeadingInt(ref s, out var whole))
            {
                return Invalid(original);
            }

            var sawWhole = before != s.Length;
            ulong fraction = 0;
            var scale = 1.0;
            var sawFraction = false;
            if (!s.IsEmpty && s[0] == '.')
            {
                s = s[1..];
                before = s.Length;
                LeadingFraction(ref s, out fraction, out scale);
                sawFraction = before != s.Length;
            }

            if (!sawWhole && !sawFraction)
            {
                return Invalid(original);
            }

            var unitLength = 0;
            while (unitLength < s.Length && !(s[unitLength] == '.' || char.IsAsciiDigit(s[unitLength])))
            {
                unitLength++;
            }

            if (unitLength == 0)
            {
                return $"time: missing unit in duration {Quote(original)}";
            }

            var unitText = s[..unitLength].ToString();
            s = s[unitLength..];
            if (!Units.TryGetValue(unitText, out var unit))
            {
                return $"time: unknown unit {Quote(unitText)} in duration {Quote(original)}";
            }

            if (whole > Limit / unit)
            {
                return Invalid(original);
            }

            whole *= unit;
            if (fraction > 0)
            {
                whole += (ulong)(fraction * (unit / scale));
                if (whole > Limit)
                {
                    return Invalid(original);
                }
            }

            total += whole;
            if (total > Limit)
            {
                return Invalid(original);
            }
        }

        if (negative)
        {
            nanoseconds = total == Limit ? long.MinValue : -(long)total;
            return null;
        }

        if (total > Limit - 1)
        {
            return Invalid(original);
        }

        nanoseconds = (long)total;
        return null;
    }

    private static bool LeadingInt(ref ReadOnlySpan<char> s, out ulong value)
    {
        value = 0;
        var i = 0;
        for (; i < s.Length && char.IsAsciiDigit(s[i]); i++)
        {
            if (value > Limit / 10)
            {
                return false;
            }

            value = (value * 10) + (ulong)(s[i] - '0');
            if (value > Limit)
            {
                return false;
            }
        }

        s = s[i..];
        return true;
    }

    private static void LeadingFraction(ref ReadOnlySpan<char> s, out ulong value, out double scale)
    {
        value = 0;
        scale = 1;
        var overflow = false;
        var i = 0;
        for (; i < s.Length && char.IsAsciiDigit(s[i]); i++)
        {
            if (overflow)
            {
                continue;
            }

            if (value > (long.MaxValue - 9) / 10)
            {
                // Further digits cannot change the value by a visible amount; Go ignores them the same way.
                overflow = true;
                continue;
            }

            value = (value * 10) + (ulong)(s[i] - '0');
            scale *= 10;
        }

        s = s[i..];
    }

    private static string Invalid(string original) => $"time: invalid duration {Quote(original)}";

    /// <summary>The time package's own quoting: printable ASCII as is (with " and \ escaped), every other byte of
    /// the UTF-8 text as \xHH.</summary>
    private static string Quote(string text)
    {
        var quoted = new StringBuilder("\"");
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value is >= 0x80 or < ' ')
            {
                var length = rune.EncodeToUtf8(bytes);
                foreach (var b in bytes[..length])
                {
                    quoted.Append(CultureInfo.InvariantCulture, $"\\x{b:x2}");
                }

                continue;
            }

            if (rune.Value is '"' or '\\')
            {
                quoted.Append('\\');
            }

            quoted.Append((char)rune.Value);
        }

        return quoted.Append('"').ToString();
    }
}
