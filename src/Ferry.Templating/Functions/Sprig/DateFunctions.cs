using System.Globalization;
using System.Text;
using Ferry.Templating.Values;
using static Ferry.Templating.Functions.Sprig.SprigValues;

namespace Ferry.Templating.Functions.Sprig;

/// <summary>sprig's date functions over Go's layouts; "now" comes from the library's TimeProvider.</summary>
internal static class DateFunctions
{
    private static readonly GoType S = GoType.String;
    private static readonly GoType A = GoType.Any;

    public static IEnumerable<GoFunction> All(TimeProvider time)
    {
        yield return new("now", [], null, _ => new GoTime(time.GetUtcNow()));
        yield return new("date", [S, A], null, a => Str(GoTime.Format(ToTime(a[1], time), Text(a[0]))));
        yield return new("htmlDate", [A], null, a => Str(GoTime.Format(ToTime(a[0], time), "2006-01-02")));
        foreach (var name in new[] { "dateInZone", "date_in_zone" })
        {
            yield return new(name, [S, A, S], null, a => Str(GoTime.Format(InZone(ToTime(a[1], time), Text(a[2])), Text(a[0]))));
        }

        yield return new("htmlDateInZone", [A, S], null, a => Str(GoTime.Format(InZone(ToTime(a[0], time), Text(a[1])), "2006-01-02")));
        yield return new("unixEpoch", [GoTime.TimeType], null, a => Str(((GoTime)a[0]!).Value.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)));
        yield return new("toDate", [S, S], null, a => Parse(Text(a[0]), Text(a[1])) ?? new GoTime(DateTimeOffset.MinValue));
        yield return new("mustToDate", [S, S], null, a => Parse(Text(a[0]), Text(a[1]))
            ?? throw TemplateFunctionException.WithValues("parsing time %q as %q: cannot parse", a[1], a[0]));
        yield return new("duration", [A], null, a => Str(Duration(ToInt64(a[0]) * TimeSpan.TicksPerSecond)));
        yield return new("durationRound", [A], null, a => Str(DurationRound(a[0] switch
        {
            GoString text => ParseDuration(text.ToUtf8String()) ?? 0,
            GoInt64 nanos => nanos.Value / 100,
            GoTime t => (time.GetUtcNow() - t.Value).Ticks,
            _ => 0,
        })));
        yield return new("ago", [A], null, a => Str(Duration(RoundToSecond((time.GetUtcNow() - ToTime(a[0], time)).Ticks))));
        foreach (var name in new[] { "dateModify", "date_modify" })
        {
            yield return new(name, [S, GoTime.TimeType], null, a =>
                ParseDuration(Text(a[0])) is { } ticks ? new GoTime(((GoTime)a[1]!).Value.AddTicks(ticks)) : a[1]);
        }

        foreach (var name in new[] { "mustDateModify", "must_date_modify" })
        {
            yield return new(name, [S, GoTime.TimeType], null, a =>
                ParseDuration(Text(a[0])) is { } ticks
                    ? new GoTime(((GoTime)a[1]!).Value.AddTicks(ticks))
                    : throw new TemplateFunctionException($"time: invalid duration {Quote(Text(a[0]))}"));
        }
    }

    private static string Quote(string text) => "\"" + text + "\"";

    /// <summary>sprig accepts a time.Time or unix seconds; anything else is now.</summary>
    private static DateTimeOffset ToTime(object? value, TimeProvider time) => value switch
    {
        GoTime t => t.Value,
        long or GoInt64 => DateTimeOffset.FromUnixTimeSeconds(ToInt64(value)),
        _ => time.GetUtcNow(),
    };

    private static DateTimeOffset InZone(DateTimeOffset value, string zone) =>
        zone is "UTC" or "" or "Local" ? value.ToUniversalTime() : value;

    private static long RoundToSecond(long ticks) =>
        (long)Math.Round(ticks / (double)TimeSpan.TicksPerSecond, MidpointRounding.AwayFromZero) * TimeSpan.TicksPerSecond;

    /// <summary>sprig's durationRound: the largest whole unit (y, mo, d, h, m, s) the duration exceeds.</summary>
    private static string DurationRound(long ticks)
    {
        var magnitude = (ulong)Math.Abs(ticks);
        (ulong Size, string Unit)[] units =
        [
            ((ulong)TimeSpan.TicksPerDay * 365, "y"), ((ulong)TimeSpan.TicksPerDay * 30, "mo"), ((ulong)TimeSpan.TicksPerDay, "d"),
            ((ulong)TimeSpan.TicksPerHour, "h"), ((ulong)TimeSpan.TicksPerMinute, "m"), ((ulong)TimeSpan.TicksPerSecond, "s"),
        ];
        foreach (var (size, unit) in units)
        {
            if (magnitude > size)
            {
                return (magnitude / size).ToString(CultureInfo.InvariantCulture) + unit;
            }
        }

        return "0s";
    }

    /// <summary>Go's Duration.String: 1h2m3s, 1.5s, 0s.</summary>
    public static string Duration(long ticks)
    {
        if (ticks == 0)
        {
            return "0s";
        }

        var builder = new StringBuilder();
        if (ticks < 0)
        {
            builder.Append('-');
            ticks = -ticks;
        }

        var total = TimeSpan.FromTicks(ticks);
        var c = CultureInfo.InvariantCulture;
        if (total < TimeSpan.FromSeconds(1))
        {
            var nanos = ticks * 100;
            return builder.Append(nanos >= 1_000_000 ? (nanos / 1e6).ToString(c) + "ms" : nanos >= 1000 ? (nanos / 1e3).ToString(c) + "µs" : nanos.ToString(c) + "ns").ToString();
        }

        var hours = (long)total.TotalHours;
        if (hours > 0)
        {
            builder.Append(hours.ToString(c)).Append('h');
        }

        if (hours > 0 || total.Minutes > 0)
        {
            builder.Append(total.Minutes.ToString(c)).Append('m');
        }

        var seconds = total.Seconds + ((ticks % TimeSpan.TicksPerSecond) / (double)TimeSpan.TicksPerSecond);
        builder.Append(seconds.ToString(c)).Append('s');
        return builder.ToString();
    }

    /// <summary>Go's time.ParseDuration for the units sprig users write (h, m, s, ms, us, ns), signs and fractions.</summary>
    private static long? ParseDuration(string text)
    {
        var s = text;
        var negative = false;
        if (s.StartsWith('-') || s.StartsWith('+'))
        {
            negative = s[0] == '-';
            s = s[1..];
        }

        if (s == "0")
        {
            return 0;
        }

        if (s.Length == 0)
        {
            return null;
        }

        double totalTicks = 0;
        while (s.Length > 0)
        {
            var i = 0;
            while (i < s.Length && (char.IsDigit(s[i]) || s[i] == '.'))
            {
                i++;
            }

            if (i == 0 || !double.TryParse(s[..i], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
            {
                return null;
            }

            s = s[i..];
            var unit = new string([.. s.TakeWhile(c => !char.IsDigit(c) && c != '.')]);
            s = s[unit.Length..];
            var scale = unit switch
            {
                "h" => (double)TimeSpan.TicksPerHour,
                "m" => TimeSpan.TicksPerMinute,
                "s" => TimeSpan.TicksPerSecond,
                "ms" => TimeSpan.TicksPerMillisecond,
                "us" or "µs" => 10,
                "ns" => 0.01,
                _ => double.NaN,
            };
            if (double.IsNaN(scale))
            {
                return null;
            }

            totalTicks += number * scale;
        }

        return (long)(negative ? -totalTicks : totalTicks);
    }

    /// <summary>time.ParseInLocation for common layouts, by translating the Go layout into a .NET pattern.</summary>
    private static GoTime? Parse(string layout, string value)
    {
        var pattern = new StringBuilder();
        foreach (var (go, net) in new[]
        {
            ("2006", "yyyy"), ("01", "MM"), ("02", "dd"), ("15", "HH"), ("04", "mm"), ("05", "ss"), ("Z07:00", "K"),
            ("-07:00", "zzz"), ("Jan", "MMM"), ("Mon", "ddd"), ("MST", "'UTC'"),
        })
        {
            layout = layout.Replace(go, "\u0001" + net + "\u0002", StringComparison.Ordinal);
        }

        var literal = false;
        foreach (var ch in layout)
        {
            switch (ch)
            {
                case '\u0001':
                    literal = true;
                    break;
                case '\u0002':
                    literal = false;
                    break;
                default:
                    if (literal)
                    {
                        pattern.Append(ch);
                    }
                    else
                    {
                        pattern.Append('\\').Append(ch);
                    }

                    break;
            }
        }

        return DateTimeOffset.TryParseExact(value, pattern.ToString(), CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal, out var parsed)
            ? new GoTime(parsed)
            : null;
    }
}
