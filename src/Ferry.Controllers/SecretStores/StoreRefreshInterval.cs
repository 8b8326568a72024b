using Ferry.Api;
using Ferry.Api.Schema;

namespace Ferry.Controllers.SecretStores;

/// <summary>
/// spec.refreshInterval of a store: integer seconds (legacy) or a Go duration; empty, zero, negative or unparsable
/// falls back to the operator's --store-requeue-interval (admission rejects the last two anyway).
/// </summary>
internal static class StoreRefreshInterval
{
    public static TimeSpan Resolve(IntegerOrString? value, TimeSpan fallback)
    {
        if (value is not { } interval)
        {
            return fallback;
        }

        var parsed = interval.Integer is { } seconds
            ? TimeSpan.FromSeconds(seconds)
            : GoDuration.TryParse(interval.Text, out var duration) ? duration.ToTimeSpan() : TimeSpan.Zero;
        return parsed > TimeSpan.Zero ? parsed : fallback;
    }
}
