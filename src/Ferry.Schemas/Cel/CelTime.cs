using System.Globalization;
using System.Text.RegularExpressions;

namespace Ferry.Schemas.Cel;

/// <summary>
/// CEL timestamps and durations: the values Kubernetes gives strings formatted date-time, date and duration, the
/// timestamp() and duration() conversions, and the getters (getFullYear, getHours, ...).
/// </summary>
internal static partial class CelTime
{
    /// <summary>A schema string as CEL sees it: formatted strings become timestamps, durations or bytes.</summary>
    public static object FromFormattedString(string text, string? format)
    {
        try
        {
            return format switch
            {
                "date-time" or "datetime" or "date" => ParseTimestamp(text),
                "duration" => ParseDuration(text),
                "byte" => Convert.FromBase64String(text),
                _ => text,
            };
        }
        catch (Exception e) when (e is CelEvalException or FormatException)
        {
            // Schema validation reports the malformed value; CEL keeps seeing the text.
            return text;
        }
    }

    public static DateTimeOffset ParseTimestamp(string text)
    {
        if (DateOnlyPattern().IsMatch(text)
            && DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date))
        {
            return new DateTimeOffset(date, TimeSpan.Zero);
        }

        if (TimestampPattern().IsMatch(text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
        {
            return time;
        }

        throw new CelEvalException($"timestamp validation error: parsing time {Values.GoFormat.Quote(text)} as \"2006-01-02T15:04:05Z07:00\": cannot parse");
    }

    /// <summary>Go's time.ParseDuration: an optional sign, then numbers with units ns, us, µs, ms, s, m, h.</summary>
    public static TimeSpan ParseDuration(string text)
    {
        if (text == "0")
        {
            return TimeSpan.Zero;
        }

        var match = DurationPattern().Match(text);
        if (!match.Success)
        {
            throw new CelEvalException($"time: invalid duration {Values.GoFormat.Quote(text)}");
        }

        decimal ticks = 0;
        foreach (Capture part in match.Groups["part"].Captures)
        {
            var unitStart = 0;
            while (unitStart < part.Value.Length && (char.IsAsciiDigit(part.Value[unitStart]) || part.Value[unitStart] == '.'))
            {
                unitStart++;
            }

            var number = decimal.Parse(part.Value[..unitStart], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
            ticks += number * part.Value[unitStart..] switch
            {
                "ns" => 0.01m,
                "us" or "µs" or "μs" => 10m,
                "ms" => 10_000m,
                "s" => 10_000_000m,
                "m" => 600_000_000m,
                _ => 36_000_000_000m,
            };
        }

        if (ticks > TimeSpan.MaxValue.Ticks)
        {
            throw new CelEvalException($"time: invalid duration {Values.GoFormat.Quote(text)}");
        }

        var span = TimeSpan.FromTicks((long)ticks);
        return match.Groups["sign"].Value == "-" ? -span : span;
    }

    public static string FormatTimestamp(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

    public static string FormatDuration(TimeSpan span) =>
        ((decimal)span.Ticks / 10_000_000m).ToString("0.#########", CultureInfo.InvariantCulture) + "s";

    public static object TimestampGetter(string name, DateTimeOffset time, object[] args)
    {
        var local = args is [string zone] ? InZone(time, zone) : time.ToUniversalTime();
        return name switch
        {
            "getFullYear" => (long)local.Year,
            "getMonth" => (long)local.Month - 1,
            "getDate" => (long)local.Day,
            "getDayOfMonth" => (long)local.Day - 1,
            "getDayOfWeek" => (long)local.DayOfWeek,
            "getDayOfYear" => (long)local.DayOfYear - 1,
            "getHours" => (long)local.Hour,
            "getMinutes" => (long)local.Minute,
            "getSeconds" => (long)local.Second,
            "getMilliseconds" => (long)local.Millisecond,
            _ => throw new CelEvalException($"no such overload: {name}"),
        };
    }

    public static object DurationGetter(string name, TimeSpan span, object[] args) => (name, args.Length) switch
    {
        ("getHours", 0) => (long)span.TotalHours,
        ("getMinutes", 0) => (long)span.TotalMinutes,
        ("getSeconds", 0) => (long)span.TotalSeconds,
        ("getMilliseconds", 0) => (long)span.TotalMilliseconds,
        _ => throw new CelEvalException($"no such overload: {name}"),
    };

    private static DateTimeOffset InZone(DateTimeOffset time, string zone)
    {
        if (zone is "UTC" or "Z")
        {
            return time.ToUniversalTime();
        }

        var offset = OffsetPattern().Match(zone);
        if (offset.Success)
        {
            var span = new TimeSpan(int.Parse(offset.Groups[2].Value, CultureInfo.InvariantCulture), int.Parse(offset.Groups[3].Value, CultureInfo.InvariantCulture), 0);
            return time.ToOffset(offset.Groups[1].Value == "-" ? -span : span);
        }

        try
        {
            return TimeZoneInfo.ConvertTime(time, TimeZoneInfo.FindSystemTimeZoneById(zone));
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new CelEvalException($"unknown time zone {zone}", e);
        }
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}\z", RegexOptions.CultureInvariant)]
    private static partial Regex DateOnlyPattern();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})\z", RegexOptions.CultureInvariant)]
    private static partial Regex TimestampPattern();

    [GeneratedRegex(@"^(?<sign>[+-]?)(?<part>(\d+(\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h))+\z", RegexOptions.CultureInvariant)]
    private static partial Regex DurationPattern();

    [GeneratedRegex(@"^([+-])(\d{2}):(\d{2})\z", RegexOptions.CultureInvariant)]
    private static partial Regex OffsetPattern();
}
