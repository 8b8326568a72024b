using System.Collections.Concurrent;
using Ferry.Runtime;

namespace Ferry.Controllers.ExternalSecrets;

/// <summary>
/// ExternalSecrets whose next reconcile must refresh from the provider whatever the refresh decision says,
/// because a store they read through changed (new credentials, new data, Ready again). ESO waits for the next
/// refresh interval instead.
/// </summary>
internal sealed class ForcedRefreshes
{
    private readonly ConcurrentDictionary<ObjectKey, byte> _keys = new();

    public void Add(ObjectKey key) => _keys[key] = 0;

    /// <summary>True once per Add: the reconcile that consumes it refreshes.</summary>
    public bool Take(ObjectKey key) => _keys.TryRemove(key, out _);
}
