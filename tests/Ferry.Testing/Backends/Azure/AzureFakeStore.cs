using System.Security.Cryptography;

namespace Ferry.Testing.Backends.Azure;

/// <summary>
/// The vault's contents: per kind, live objects (every version, latest last) and soft-deleted ones. One lock guards
/// everything; items are immutable records, so readers get consistent snapshots.
/// </summary>
internal sealed class AzureFakeStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(AzureFakeObjectKind Kind, string Name), List<AzureFakeItem>> _live = [];
    private readonly Dictionary<(AzureFakeObjectKind Kind, string Name), (List<AzureFakeItem> Versions, DateTimeOffset DeletedAt)> _deleted = [];

    public static string NewVersion() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public AzureFakeItem Add(AzureFakeItem item)
    {
        lock (_gate)
        {
            var key = (item.Kind, Normalize(item.Name));
            if (!_live.TryGetValue(key, out var versions))
            {
                versions = [];
                _live[key] = versions;
            }

            versions.RemoveAll(v => v.Version == item.Version);
            versions.Add(item);
            return item;
        }
    }

    public bool IsDeleted(AzureFakeObjectKind kind, string name)
    {
        lock (_gate)
        {
            return _deleted.ContainsKey((kind, Normalize(name)));
        }
    }

    /// <summary>The version asked for, or the latest when <paramref name="version"/> is empty.</summary>
    public AzureFakeItem? Get(AzureFakeObjectKind kind, string name, string? version)
    {
        lock (_gate)
        {
            if (!_live.TryGetValue((kind, Normalize(name)), out var versions) || versions.Count == 0)
            {
                return null;
            }

            return string.IsNullOrEmpty(version)
                ? versions[^1]
                : versions.Find(v => string.Equals(v.Version, version, StringComparison.OrdinalIgnoreCase));
        }
    }

    public IReadOnlyList<AzureFakeItem> Versions(AzureFakeObjectKind kind, string name)
    {
        lock (_gate)
        {
            return _live.TryGetValue((kind, Normalize(name)), out var versions) ? [.. versions] : [];
        }
    }

    /// <summary>The latest version of every live object of a kind, ordered by name.</summary>
    public IReadOnlyList<AzureFakeItem> Latest(AzureFakeObjectKind kind)
    {
        lock (_gate)
        {
            return [.. _live.Where(e => e.Key.Kind == kind && e.Value.Count > 0)
                .Select(e => e.Value[^1])
                .OrderBy(i => i.Name, StringComparer.OrdinalIgnoreCase)];
        }
    }

    public bool Replace(AzureFakeItem updated)
    {
        lock (_gate)
        {
            if (!_live.TryGetValue((updated.Kind, Normalize(updated.Name)), out var versions))
            {
                return false;
            }

            var index = versions.FindIndex(v => v.Version == updated.Version);
            if (index < 0)
            {
                return false;
            }

            versions[index] = updated;
            return true;
        }
    }

    /// <summary>Moves the object to the deleted collection (soft delete) or drops it; null when it did not exist.</summary>
    public AzureFakeItem? Delete(AzureFakeObjectKind kind, string name, DateTimeOffset now, bool softDelete)
    {
        lock (_gate)
        {
            var key = (kind, Normalize(name));
            if (!_live.Remove(key, out var versions) || versions.Count == 0)
            {
                return null;
            }

            if (softDelete)
            {
                _deleted[key] = (versions, now);
            }

            return versions[^1];
        }
    }

    public (AzureFakeItem Latest, DateTimeOffset DeletedAt)? GetDeleted(AzureFakeObjectKind kind, string name)
    {
        lock (_gate)
        {
            return _deleted.TryGetValue((kind, Normalize(name)), out var deleted) ? (deleted.Versions[^1], deleted.DeletedAt) : null;
        }
    }

    public bool Purge(AzureFakeObjectKind kind, string name)
    {
        lock (_gate)
        {
            return _deleted.Remove((kind, Normalize(name)));
        }
    }

    public AzureFakeItem? Recover(AzureFakeObjectKind kind, string name)
    {
        lock (_gate)
        {
            var key = (kind, Normalize(name));
            if (!_deleted.Remove(key, out var deleted))
            {
                return null;
            }

            _live[key] = deleted.Versions;
            return deleted.Versions[^1];
        }
    }

    // Key Vault object names are case-insensitive.
    private static string Normalize(string name) => name.ToLowerInvariant();
}
