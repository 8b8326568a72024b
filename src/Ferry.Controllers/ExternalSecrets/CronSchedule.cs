using System.Globalization;
using Ferry.Api;

namespace Ferry.Controllers.ExternalSecrets;

/// <summary>
/// The robfig/cron schedules a sync window uses: five fields (minute hour day-of-month month day-of-week, with
/// lists, ranges, steps and names), the @yearly..@hourly descriptors and <c>@every &lt;duration&gt;</c>; all in UTC.
/// As in robfig, a restricted day-of-month and day-of-week match when either does, and day-of-week runs 0-6 (7 is
/// an error there, so such a window never opens).
/// </summary>
internal sealed class CronSchedule
{
    private static readonly string[] MonthNames = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
    private static readonly string[] DayNames = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

    private readonly bool[] _minutes = new bool[60];
    private readonly bool[] _hours = new bool[24];
    private readonly bool[] _days = new bool[32];
    private readonly bool[] _months = new bool[13];
    private readonly bool[] _weekdays = new bool[7];
    private bool _dayStar;
    private bool _weekdayStar;
    private TimeSpan? _every;

    private CronSchedule()
    {
    }

    public static CronSchedule? TryParse(string text)
    {
        var spec = text.Trim();
        var schedule = new CronSchedule();
        if (spec.StartsWith("@every ", StringComparison.Ordinal))
        {
            if (!GoDuration.TryParse(spec["@every ".Length..].Trim(), out var every) || every.ToTimeSpan() <= TimeSpan.Zero)
            {
                return null;
            }

            // robfig rounds the delay down to whole seconds, with one second at least.
            var seconds = Math.Max(1, (long)every.ToTimeSpan().TotalSeconds);
            schedule._every = TimeSpan.FromSeconds(seconds);
            return schedule;
        }

        spec = spec switch
        {
            "@yearly" or "@annually" => "0 0 1 1 *",
            "@monthly" => "0 0 1 * *",
            "@weekly" => "0 0 * * 0",
            "@daily" or "@midnight" => "0 0 * * *",
            "@hourly" => "0 * * * *",
            _ => spec,
        };
        var fields = spec.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length != 5)
        {
            return null;
        }

        var ok = Fill(schedule._minutes, fields[0], 0, 59, null, out _)
            && Fill(schedule._hours, fields[1], 0, 23, null, out _)
            && Fill(schedule._days, fields[2], 1, 31, null, out schedule._dayStar)
            && Fill(schedule._months, fields[3], 1, 12, MonthNames, out _)
            && Fill(schedule._weekdays, fields[4], 0, 6, DayNames, out schedule._weekdayStar);
        return ok ? schedule : null;
    }

    /// <summary>Whether a firing lies in [now − duration, now], i.e. a window opened by it is active now.</summary>
    public bool FiredWithin(DateTimeOffset now, TimeSpan duration)
    {
        if (_every is { } every)
        {
            // A constant-delay schedule fires every `every` from when it was armed; any window at least that long
            // is always open, a shorter one never certainly is.
            return duration >= every;
        }

        var start = now - duration;
        var minute = new DateTimeOffset(start.Year, start.Month, start.Day, start.Hour, start.Minute, 0, TimeSpan.Zero);
        if (minute < start)
        {
            minute = minute.AddMinutes(1);
        }

        // Bounded walk: a window longer than a year is treated as a year.
        var limit = now.AddYears(-1) > start ? start.AddYears(1) : now;
        for (; minute <= limit; minute = minute.AddMinutes(1))
        {
            if (Matches(minute))
            {
                return true;
            }
        }

        return false;
    }

    private bool Matches(DateTimeOffset time)
    {
        if (!_minutes[time.Minute] || !_hours[time.Hour] || !_months[time.Month])
        {
            return false;
        }

        var dayMatch = _days[time.Day];
        var weekdayMatch = _weekdays[(int)time.DayOfWeek];
        return _dayStar || _weekdayStar ? dayMatch && weekdayMatch : dayMatch || weekdayMatch;
    }

    private static bool Fill(bool[] slots, string field, int min, int max, string[]? names, out bool star)
    {
        star = field is "*" or "?";
        foreach (var part in field.Split(','))
        {
            var step = 1;
            var range = part;
            var slash = part.IndexOf('/', StringComparison.Ordinal);
            if (slash >= 0)
            {
                if (!int.TryParse(part[(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out step) || step <= 0)
                {
                    return false;
                }

                range = part[..slash];
            }

            int low;
            int high;
            if (range is "*" or "?")
            {
                (low, high) = (min, max);
            }
            else
            {
                var dash = range.IndexOf('-', StringComparison.Ordinal);
                if (!Value(dash < 0 ? range : range[..dash], names, min, out low))
                {
                    return false;
                }

                high = low;
                if (dash >= 0 && !Value(range[(dash + 1)..], names, min, out high))
                {
                    return false;
                }

                if (slash >= 0 && dash < 0)
                {
                    high = max;
                }
            }

            if (low < min || high > max || low > high)
            {
                return false;
            }

            for (var i = low; i <= high; i += step)
            {
                slots[i] = true;
            }
        }

        return true;
    }

    private static bool Value(string text, string[]? names, int offset, out int value)
    {
        if (names is not null)
        {
            var index = Array.FindIndex(names, n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase));
            if (index >= 0)
            {
                value = index + offset;
                return true;
            }
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }
}
