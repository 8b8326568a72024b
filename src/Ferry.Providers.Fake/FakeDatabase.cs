using Ferry.Api.V1.Providers.Fake;

namespace Ferry.Providers.Fake;

/// <summary>
/// The in-memory secrets of one fake store. Entries are keyed by key followed directly by version, as ESO's fake
/// does (so <c>foo</c> at version <c>v1</c> lives under <c>foov1</c>); pushed entries have no version.
/// </summary>
internal sealed class FakeDatabase
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, FakeEntry> _entries = new(StringComparer.Ordinal);

    public static string EntryKey(string key, string? version) => key + (version ?? string.Empty);

    /// <summary>Replaces the spec's entries with the current spec, keeping pushed ones (ESO's NewClient).</summary>
    public void Reload(IEnumerable<FakeProviderData> data)
    {
        lock (_gate)
        {
            foreach (var key in _entries.Where(e => e.Value.Origin == FakeEntryOrigin.StoreSpec).Select(e => e.Key).ToList())
            {
                _entries.Remove(key);
            }

            foreach (var item in data)
            {
                _entries[EntryKey(item.Key, item.Version)] =
                    new FakeEntry(item.Value, item.Version ?? string.Empty, FakeEntryOrigin.StoreSpec);
            }
        }
    }

    public bool TryGet(string entryKey, out string value, out string version)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue(entryKey, out var entry))
            {
                value = entry.Value;
                version = entry.Version;
                return true;
            }
        }

        value = string.Empty;
        version = string.Empty;
        return false;
    }

    public bool Contains(string entryKey)
    {
        lock (_gate)
        {
            return _entries.ContainsKey(entryKey);
        }
    }

    /// <summary>Stores a pushed value; a key the store spec defines cannot be overwritten.</summary>
    public void Push(string remoteKey, string value)
    {
        lock (_gate)
        {
            if (!_entries.TryGetValue(remoteKey, out var current))
            {
                _entries[remoteKey] = new FakeEntry(value, string.Empty, FakeEntryOrigin.Pushed);
                return;
            }

            if (current.Origin != FakeEntryOrigin.Pushed)
            {
                throw new ProviderException("key already exists");
            }

            current.Value = value;
        }
    }

    /// <summary>Each original key once, with the value of its highest version by ordinal comparison.</summary>
    public Dictionary<string, string> LatestVersions(Func<string, bool> nameFilter)
    {
        var latest = new Dictionary<string, (string Version, string Value)>(StringComparer.Ordinal);
        lock (_gate)
        {
            foreach (var (entryKey, entry) in _entries)
            {
                var originalKey = entry.Version.Length > 0 && entryKey.EndsWith(entry.Version, StringComparison.Ordinal)
                    ? entryKey[..^entry.Version.Length]
                    : entryKey;
                if (!nameFilter(originalKey))
                {
                    continue;
                }

                if (!latest.TryGetValue(originalKey, out var seen) || string.CompareOrdinal(seen.Version, entry.Version) < 0)
                {
                    latest[originalKey] = (entry.Version, entry.Value);
                }
            }
        }

        return latest.ToDictionary(e => e.Key, e => e.Value.Value, StringComparer.Ordinal);
    }
}
