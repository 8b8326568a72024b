using System.Collections.Concurrent;
using System.Collections.Immutable;
using Ferry.Api.V1;
using Ferry.Runtime;

namespace Ferry.Controllers.ExternalSecrets;

/// <summary>
/// The ExternalSecrets this controller just wrote (finalizer, status), until the cache catches up. A reconcile that
/// starts before the watch delivers our own status write would otherwise see the old status and sync again (a
/// second provider call for every new ExternalSecret); it uses the written object instead when the cache still holds
/// a version that write replaced.
/// </summary>
internal sealed class OwnWrites
{
    private readonly ConcurrentDictionary<ObjectKey, Entry> _latest = new();

    public int Count => _latest.Count;

    public ExternalSecret Freshest(ExternalSecret cached)
    {
        var key = ObjectKey.Of(cached);
        if (!_latest.TryGetValue(key, out var entry))
        {
            return cached;
        }

        if (entry.Superseded.Contains(cached.Metadata.ResourceVersion ?? ""))
        {
            return entry.Latest;
        }

        _latest.TryRemove(new KeyValuePair<ObjectKey, Entry>(key, entry));
        return cached;
    }

    public void Wrote(ExternalSecret before, ExternalSecret after)
    {
        var key = ObjectKey.Of(after);
        var superseded = _latest.TryGetValue(key, out var previous) && previous.Latest.Metadata.ResourceVersion == before.Metadata.ResourceVersion
            ? previous.Superseded
            : [];
        _latest[key] = new Entry(superseded.Add(before.Metadata.ResourceVersion ?? ""), after);
    }

    /// <summary>The cache delivered a version: once it is the one we wrote (or a later one), the entry is done.</summary>
    public void Observed(ExternalSecret cached)
    {
        var key = ObjectKey.Of(cached);
        if (_latest.TryGetValue(key, out var entry) && !entry.Superseded.Contains(cached.Metadata.ResourceVersion ?? ""))
        {
            _latest.TryRemove(new KeyValuePair<ObjectKey, Entry>(key, entry));
        }
    }

    public void Forget(ObjectKey key) => _latest.TryRemove(key, out _);

    private sealed record Entry(ImmutableHashSet<string> Superseded, ExternalSecret Latest);
}
