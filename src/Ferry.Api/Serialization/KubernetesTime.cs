using System.Globalization;

namespace Ferry.Api.Serialization;

/// <summary>
/// Kubernetes timestamps on the wire: RFC 3339 in UTC with a <c>Z</c>, whole seconds as metav1.Time writes them
/// ("2024-01-02T03:04:05Z"), fractional seconds only when the value has them.
/// </summary>
internal static class KubernetesTime
{
    public static string Format(DateTimeOffset value)
    {
        var utc = value.ToUniversalTime();
        var format = utc.Ticks % TimeSpan.TicksPerSecond == 0 ? "yyyy-MM-dd'T'HH:mm:ss'Z'" : "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'";
        return utc.ToString(format, CultureInfo.InvariantCulture);
    }

    public static DateTimeOffset Parse(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
