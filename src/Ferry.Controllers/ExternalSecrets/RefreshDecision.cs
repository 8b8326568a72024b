using Ferry.Api;
using Ferry.Api.V1;
using Ferry.Api.WellKnown;
using k8s.Models;

namespace Ferry.Controllers.ExternalSecrets;

/// <summary>ESO's shouldRefresh, isSecretValid and requeue interval (eso-behaviour.md §2.2), exactly.</summary>
internal static class RefreshDecision
{
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromHours(1);

    /// <summary>spec.refreshInterval as a Go duration; absent means the CRD default of one hour.</summary>
    public static TimeSpan Interval(ExternalSecret externalSecret) =>
        externalSecret.Spec.RefreshInterval is { Length: > 0 } text && GoDuration.TryParse(text, out var duration)
            ? duration.ToTimeSpan()
            : externalSecret.Spec.RefreshInterval is { Length: > 0 } ? TimeSpan.Zero : DefaultInterval;

    public static string CurrentMetaHash(ExternalSecret externalSecret) =>
        SecretHashes.MetaHash(externalSecret.Metadata.Generation, externalSecret.Metadata.Annotations, externalSecret.Metadata.Labels);

    /// <summary>Never synced, or the spec, labels or annotations (force-sync) changed since the last sync.</summary>
    public static bool WantsFreshValues(ExternalSecret externalSecret)
    {
        var status = externalSecret.Status;
        return string.IsNullOrEmpty(status?.SyncedResourceVersion)
            || status.RefreshTime is null
            || status.SyncedResourceVersion != CurrentMetaHash(externalSecret);
    }

    public static bool ShouldRefresh(ExternalSecret externalSecret, DateTimeOffset now, SyncWindowGate windows)
    {
        var status = externalSecret.Status;
        var synced = status?.SyncedResourceVersion;
        var refreshTime = status?.RefreshTime;
        var neverSynced = string.IsNullOrEmpty(synced) || refreshTime is null || refreshTime.Value == default;
        switch (externalSecret.Spec.RefreshPolicy)
        {
            case ExternalSecretRefreshPolicy.CreatedOnce:
                return neverSynced;
            case ExternalSecretRefreshPolicy.OnChange:
                return neverSynced || synced != CurrentMetaHash(externalSecret);
        }

        var interval = Interval(externalSecret);
        if (interval <= TimeSpan.Zero && !neverSynced)
        {
            return false;
        }

        if (synced != CurrentMetaHash(externalSecret) || refreshTime is null || refreshTime.Value == default || refreshTime.Value > now)
        {
            return true;
        }

        return refreshTime.Value + interval < now && windows.Allows(externalSecret.Spec.SyncWindows, now);
    }

    /// <summary>Orphan targets are always valid; the rest must exist, carry the managed label and match their hash.</summary>
    public static bool IsSecretValid(V1Secret? secret, ExternalSecret externalSecret)
    {
        if (CreationPolicy(externalSecret) == ExternalSecretCreationPolicy.Orphan)
        {
            return true;
        }

        if (secret is null)
        {
            return false;
        }

        var labels = secret.Metadata.Labels;
        if (labels is null || !labels.TryGetValue(Labels.Managed, out var managed) || managed != Labels.ManagedValue)
        {
            return false;
        }

        var annotations = secret.Metadata.Annotations;
        return annotations is not null
            && annotations.TryGetValue(Annotations.DataHash, out var hash)
            && hash == SecretHashes.DataHash(secret.Data);
    }

    /// <summary>interval − (now − refreshTime) when the interval is positive; null means no requeue.</summary>
    public static TimeSpan? RequeueAfter(ExternalSecret externalSecret, DateTimeOffset? refreshTime, DateTimeOffset now)
    {
        var interval = Interval(externalSecret);
        if (interval <= TimeSpan.Zero)
        {
            return null;
        }

        var elapsed = refreshTime is { } time && time != default ? now - time : TimeSpan.Zero;
        var remaining = interval - elapsed;

        // A refresh that was due but skipped (CreatedOnce, OnChange, a closed sync window) waits a full interval.
        return remaining > TimeSpan.Zero ? remaining : interval;
    }

    public static ExternalSecretCreationPolicy CreationPolicy(ExternalSecret externalSecret) =>
        externalSecret.Spec.Target?.CreationPolicy ?? ExternalSecretCreationPolicy.Owner;

    public static ExternalSecretDeletionPolicy DeletionPolicy(ExternalSecret externalSecret) =>
        externalSecret.Spec.Target?.DeletionPolicy ?? ExternalSecretDeletionPolicy.Retain;
}
