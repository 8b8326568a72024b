using Ferry.Api;
using Ferry.Api.V1;

namespace Ferry.Controllers.ExternalSecrets;

/// <summary>
/// ESO's isPeriodicRefreshAllowedByWindows: allow windows permit a periodic refresh only while one is active, deny
/// windows block it while any is active. An unparsable schedule or duration counts as inactive. Parsed schedules
/// are kept, since the same few windows are evaluated on every refresh.
/// </summary>
internal sealed class SyncWindowGate
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, CronSchedule?> _schedules = new(StringComparer.Ordinal);

    public bool Allows(SyncWindows? windows, DateTimeOffset now)
    {
        if (windows is null || windows.Windows.Count == 0)
        {
            return true;
        }

        var active = windows.Windows.Any(w => IsActive(w, now));
        return windows.Kind switch
        {
            SyncWindowKind.Allow => active,
            SyncWindowKind.Deny => !active,
            _ => true,
        };
    }

    private bool IsActive(SyncWindow window, DateTimeOffset now)
    {
        if (!GoDuration.TryParse(window.Duration, out var duration))
        {
            return false;
        }

        var schedule = _schedules.GetOrAdd(window.Schedule, CronSchedule.TryParse);
        return schedule is not null && schedule.FiredWithin(now.ToUniversalTime(), duration.ToTimeSpan());
    }
}
