using System.Globalization;
using System.Text;
using Ferry.Templating.Values;

namespace Ferry.Templating.Functions.Sprig;

/// <summary>A Go time.Time: prints as Go does and offers the methods templates use (Unix, Year, Format, UTC...).</summary>
internal sealed class GoTime(DateTimeOffset value) : GoObject
{
    public static GoType TimeType { get; } = GoType.Named("time.Time");

    public DateTimeOffset Value { get; } = value;

    public override GoType Type => TimeType;

    public override string StringForm => Format(Value, "2006-01-02 15:04:05.999999999 -0700 MST");

    public override GoFunction? Method(string name) => name switch
    {
        "Unix" => new GoFunction(name, [], null, _ => Value.ToUnixTimeSeconds()),
        "UnixNano" => new GoFunction(name, [], null, _ => (Value.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) * 100),
        "Year" => new GoFunction(name, [], null, _ => (long)Value.Year),
        "Day" => new GoFunction(name, [], null, _ => (long)Value.Day),
        "Hour" => new GoFunction(name, [], null, _ => (long)Value.Hour),
        "Minute" => new GoFunction(name, [], null, _ => (long)Value.Minute),
        "Second" => new GoFunction(name, [], null, _ => (long)Value.Second),
        "Month" => new GoFunction(name, [], null, _ => GoString.FromUtf8(Value.ToString("MMMM", CultureInfo.InvariantCulture))),
        "UTC" => new GoFunction(name, [], null, _ => new GoTime(Value.ToUniversalTime())),
        "Format" => new GoFunction(name, [GoType.String], null, a => GoString.FromUtf8(Format(Value, ((GoString)a[0]!).ToUtf8String()))),
        "String" => new GoFunction(name, [], null, _ => GoString.FromUtf8(StringForm)),
        _ => null,
    };

    /// <summary>Go's reference-time layout (Mon Jan 2 15:04:05 MST 2006) applied to a time.</summary>
    public static string Format(DateTimeOffset time, string layout)
    {
        var output = new StringBuilder();
        var i = 0;
        while (i < layout.Length)
        {
            var (token, length) = NextToken(layout, i);
            if (token is null)
            {
                output.Append(layout[i]);
                i++;
                continue;
            }

            output.Append(FormatToken(time, token, layout.AsSpan(i, length)));
            i += length;
        }

        return output.ToString();
    }

    private static readonly string[] Tokens =
    [
        "January", "Monday", "2006", "-07:00:00", "-0700", "-07:00", "Z07:00", "Z0700", "-07", "Jan", "Mon", "MST",
        "002", "01", "02", "_2", "03", "04", "05", "06", "15", "PM", "pm", "1", "2", "3", "4", "5",
    ];

    private static (string? Token, int Length) NextToken(string layout, int i)
    {
        if (layout[i] is '.' or ',' && i + 1 < layout.Length && layout[i + 1] is '0' or '9')
        {
            var j = i + 1;
            while (j < layout.Length && layout[j] == layout[i + 1])
            {
                j++;
            }

            if (j >= layout.Length || !char.IsDigit(layout[j]))
            {
                return (layout[i + 1] == '0' ? ".0" : ".9", j - i);
            }
        }

        foreach (var token in Tokens)
        {
            if (string.CompareOrdinal(layout, i, token, 0, token.Length) == 0)
            {
                return (token, token.Length);
            }
        }

        return (null, 1);
    }

    private static string FormatToken(DateTimeOffset t, string token, ReadOnlySpan<char> text)
    {
        var c = CultureInfo.InvariantCulture;
        var offset = t.Offset;
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        var abs = offset.Duration();
        return token switch
        {
            "January" => t.ToString("MMMM", c),
            "Jan" => t.ToString("MMM", c),
            "Monday" => t.ToString("dddd", c),
            "Mon" => t.ToString("ddd", c),
            "2006" => t.Year.ToString("D4", c),
            "06" => (t.Year % 100).ToString("D2", c),
            "01" => t.Month.ToString("D2", c),
            "1" => t.Month.ToString(c),
            "02" => t.Day.ToString("D2", c),
            "2" => t.Day.ToString(c),
            "_2" => t.Day.ToString(c).PadLeft(2),
            "002" => t.DayOfYear.ToString("D3", c),
            "15" => t.Hour.ToString("D2", c),
            "03" => (t.Hour % 12 == 0 ? 12 : t.Hour % 12).ToString("D2", c),
            "3" => (t.Hour % 12 == 0 ? 12 : t.Hour % 12).ToString(c),
            "04" => t.Minute.ToString("D2", c),
            "4" => t.Minute.ToString(c),
            "05" => t.Second.ToString("D2", c),
            "5" => t.Second.ToString(c),
            "PM" => t.Hour >= 12 ? "PM" : "AM",
            "pm" => t.Hour >= 12 ? "pm" : "am",
            "MST" => offset == TimeSpan.Zero ? "UTC" : sign + abs.Hours.ToString("D2", c) + (abs.Minutes == 0 ? "" : abs.Minutes.ToString("D2", c)),
            "-0700" => sign + abs.Hours.ToString("D2", c) + abs.Minutes.ToString("D2", c),
            "-07:00" => sign + abs.Hours.ToString("D2", c) + ":" + abs.Minutes.ToString("D2", c),
            "-07:00:00" => sign + abs.Hours.ToString("D2", c) + ":" + abs.Minutes.ToString("D2", c) + ":00",
            "-07" => sign + abs.Hours.ToString("D2", c),
            "Z07:00" => offset == TimeSpan.Zero ? "Z" : sign + abs.Hours.ToString("D2", c) + ":" + abs.Minutes.ToString("D2", c),
            "Z0700" => offset == TimeSpan.Zero ? "Z" : sign + abs.Hours.ToString("D2", c) + abs.Minutes.ToString("D2", c),
            ".0" or ".9" => Fraction(t, text),
            _ => token,
        };
    }

    private static string Fraction(DateTimeOffset t, ReadOnlySpan<char> text)
    {
        var digits = text.Length - 1;
        var nanos = (t.Ticks % TimeSpan.TicksPerSecond) * 100;
        var fraction = nanos.ToString("D9", CultureInfo.InvariantCulture)[..Math.Min(digits, 9)];
        if (text[1] == '9')
        {
            fraction = fraction.TrimEnd('0');
            return fraction.Length == 0 ? "" : text[0] + fraction;
        }

        return text[0] + fraction;
    }
}
