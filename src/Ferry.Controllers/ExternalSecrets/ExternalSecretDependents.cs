using Ferry.Api.V1;
using Ferry.Controllers.Stores;
using Ferry.Providers;
using Ferry.Runtime;
using Ferry.Runtime.Cache;
using Ferry.Runtime.Queues;

namespace Ferry.Controllers.ExternalSecrets;

/// <summary>
/// Re-enqueues, at once and in the change lane, every ExternalSecret that reads through a store that changed.
/// ESO waits for each one's next refresh; here a store turning Ready releases its dependents immediately.
/// </summary>
internal sealed class ExternalSecretDependents(ObjectStore<ExternalSecret> cache, WorkQueue<ObjectKey> queue) : IStoreDependents
{
    public const string IndexName = "stores";

    public void StoreChanged(StoreIdentity store)
    {
        foreach (var dependent in cache.ByIndex(IndexName, StoreReferences.Key(store)))
        {
            queue.Add(ObjectKey.Of(dependent), QueuePriority.Change);
        }
    }
}
