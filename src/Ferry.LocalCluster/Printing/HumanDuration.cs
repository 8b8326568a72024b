using System.Globalization;

namespace Ferry.LocalCluster.Printing;

/// <summary>Ages as kubectl prints them (apimachinery's HumanDuration): <c>45s</c>, <c>5m3s</c>, <c>3h20m</c>, <c>4d2h</c>.</summary>
internal static class HumanDuration
{
    public static string Since(DateTimeOffset? timestamp, DateTimeOffset now) =>
        timestamp is { } at ? Format(now - at) : "<unknown>";

    /// <summary>A timestamp string (RFC 3339) as an age; absent or unreadable ones as Kubernetes shows them.</summary>
    public static string Since(string? timestamp, DateTimeOffset now) =>
        string.IsNullOrEmpty(timestamp) ? "<unknown>" : Parse(timestamp) is { } at ? Format(now - at) : "<invalid>";

    public static DateTimeOffset? Parse(string? timestamp) =>
        DateTimeOffset.TryParse(timestamp, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at) ? at : null;

    public static string Format(TimeSpan duration)
    {
        // Up to two seconds in the future counts as now (clocks drift); further is invalid.
        var seconds = (long)duration.TotalSeconds;
        if (seconds < -1)
        {
            return "<invalid>";
        }

        if (seconds < 0)
        {
            return "0s";
        }

        if (seconds < 120)
        {
            return Text(seconds, "s");
        }

        var minutes = seconds / 60;
        if (minutes < 10)
        {
            return seconds % 60 == 0 ? Text(minutes, "m") : Text(minutes, "m") + Text(seconds % 60, "s");
        }

        if (minutes < 180)
        {
            return Text(minutes, "m");
        }

        var hours = seconds / 3600;
        if (hours < 8)
        {
            return minutes % 60 == 0 ? Text(hours, "h") : Text(hours, "h") + Text(minutes % 60, "m");
        }

        if (hours < 48)
        {
            return Text(hours, "h");
        }

        if (hours < 24 * 8)
        {
            return hours % 24 == 0 ? Text(hours / 24, "d") : Text(hours / 24, "d") + Text(hours % 24, "h");
        }

        if (hours < 24 * 365 * 2)
        {
            return Text(hours / 24, "d");
        }

        if (hours < 24 * 365 * 8)
        {
            var days = hours / 24 % 365;
            return days == 0 ? Text(hours / 24 / 365, "y") : Text(hours / 24 / 365, "y") + Text(days, "d");
        }

        return Text(hours / 24 / 365, "y");
    }

    private static string Text(long value, string unit) => value.ToString(CultureInfo.InvariantCulture) + unit;
}
