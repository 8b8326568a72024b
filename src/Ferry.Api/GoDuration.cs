using System.Globalization;
using System.Text;

namespace Ferry.Api;

/// <summary>
/// A Go <c>time.Duration</c>: a signed count of nanoseconds that parses and prints exactly as Go's
/// <c>time.ParseDuration</c> and <c>Duration.String</c> do ("1h30m", "1.5s", "100ms" in; "1h30m0s", "1.5s",
/// "100ms" out), error texts included. API fields keep the user's text; this type interprets it.
/// </summary>
public readonly record struct GoDuration(long Nanoseconds) : IComparable<GoDuration>
{
    public const long Nanosecond = 1;
    public const long Microsecond = 1_000 * Nanosecond;
    public const long Millisecond = 1_000 * Microsecond;
    public const long Second = 1_000 * Millisecond;
    public const long Minute = 60 * Second;
    public const long Hour = 60 * Minute;

    public static GoDuration Zero => default;

    /// <summary>The duration as a <see cref="TimeSpan"/>, truncated to its 100 ns ticks.</summary>
    public TimeSpan ToTimeSpan() => TimeSpan.FromTicks(Nanoseconds / 100);

    public static GoDuration FromTimeSpan(TimeSpan value) => new(checked(value.Ticks * 100));

    public int CompareTo(GoDuration other) => Nanoseconds.CompareTo(other.Nanoseconds);

    public static bool operator <(GoDuration left, GoDuration right) => left.Nanoseconds < right.Nanoseconds;

    public static bool operator >(GoDuration left, GoDuration right) => left.Nanoseconds > right.Nanoseconds;

    public static bool operator <=(GoDuration left, GoDuration right) => left.Nanoseconds <= right.Nanoseconds;

    public static bool operator >=(GoDuration left, GoDuration right) => left.Nanoseconds >= right.Nanoseconds;

    /// <summary>Parses like Go's <c>time.ParseDuration</c>; throws <see cref="FormatException"/> with Go's error text.</summary>
    public static GoDuration Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var duration, out var error) ? duration : throw new FormatException(error);
    }

    public static bool TryParse(string? text, out GoDuration duration) => TryParse(text, out duration, out _);

    /// <summary>Parses like Go's <c>time.ParseDuration</c>; on failure <paramref name="error"/> holds Go's error text.</summary>
    public static bool TryParse(string? text, out GoDuration duration, out string? error) =>
        GoDurationParser.TryParse(text ?? string.Empty, out duration, out error);

    /// <summary>Formats like Go's <c>Duration.String</c>: "1h0m0s", "1m30s", "1.5s", "100ms", "1µs", "0s".</summary>
    public override string ToString()
    {
        var negative = Nanoseconds < 0;
        // Two's complement negation in unsigned arithmetic also covers long.MinValue.
        var magnitude = negative ? unchecked(0UL - (ulong)Nanoseconds) : (ulong)Nanoseconds;
        var text = new StringBuilder(32);
        if (magnitude < (ulong)Second)
        {
            if (magnitude == 0)
            {
                return "0s";
            }

            var (unit, digits) = magnitude switch
            {
                < (ulong)Microsecond => ("ns", 0),
                < (ulong)Millisecond => ("\u00B5s", 3),
                _ => ("ms", 6),
            };
            AppendScaled(text, magnitude, digits);
            text.Append(unit);
        }
        else
        {
            var seconds = magnitude / (ulong)Second;
            var minutes = seconds / 60;
            var hours = minutes / 60;
            if (hours > 0)
            {
                text.Append(hours.ToString(CultureInfo.InvariantCulture)).Append('h');
            }

            if (minutes > 0)
            {
                text.Append((minutes % 60).ToString(CultureInfo.InvariantCulture)).Append('m');
            }

            AppendScaled(text, (seconds % 60 * (ulong)Second) + (magnitude % (ulong)Second), 9);
            text.Append('s');
        }

        return negative ? "-" + text : text.ToString();
    }

    // Writes value / 10^digits with the fraction's trailing zeros (and a bare point) left out.
    private static void AppendScaled(StringBuilder text, ulong value, int digits)
    {
        ulong scale = 1;
        for (var i = 0; i < digits; i++)
        {
            scale *= 10;
        }

        text.Append((value / scale).ToString(CultureInfo.InvariantCulture));
        var fraction = value % scale;
        if (fraction == 0)
        {
            return;
        }

        var fractionText = fraction.ToString(CultureInfo.InvariantCulture).PadLeft(digits, '0').TrimEnd('0');
        text.Append('.').Append(fractionText);
    }
}
