using Ferry.Api.V1;
using Ferry.Controllers.Stores;
using Ferry.Providers;
using Ferry.Runtime;
using Ferry.Runtime.Cache;
using Ferry.Runtime.Queues;

namespace Ferry.Controllers.ExternalSecrets;

/// <summary>
/// Re-enqueues, at once and in the change lane, every ExternalSecret that reads through a store that changed, and
/// makes that reconcile refresh from the provider. ESO waits for each one's next refresh; here a store turning
/// Ready, or getting new credentials, reaches its dependents immediately. Callers should report real changes only
/// (spec generation, Ready condition, deletion), not every status write of the store.
/// </summary>
internal sealed class ExternalSecretDependents(ObjectStore<ExternalSecret> cache, WorkQueue<ObjectKey> queue, ForcedRefreshes forced) : IStoreDependents
{
    public const string IndexName = "stores";

    public void StoreChanged(StoreIdentity store)
    {
        foreach (var dependent in cache.ByIndex(IndexName, StoreReferences.Key(store)))
        {
            var key = ObjectKey.Of(dependent);
            forced.Add(key);
            queue.Add(key, QueuePriority.Change);
        }
    }
}
