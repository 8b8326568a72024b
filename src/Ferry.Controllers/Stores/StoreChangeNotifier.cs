using Ferry.Runtime.Cache;

namespace Ferry.Controllers.Stores;

/// <summary>
/// Watches the store caches and tells the dependents when a store changes in a way that matters to them: it
/// appears, its spec changes (generation), its Ready condition flips, or it goes away. ESO leaves dependents to
/// their next refresh; Ferry re-enqueues them at once. A deleted or replaced store's pooled clients are closed.
/// The stores of the informer's first list did not change: a restart or a new leader must not force every
/// dependent to read its provider again (the dependents' own first list queues them for their schedule).
/// </summary>
internal sealed class StoreChangeNotifier(IStoreDependents dependents, StoreClients clients)
{
    public void Attach(StoreInformers informers)
    {
        ArgumentNullException.ThrowIfNull(informers);
        informers.SecretStores.Subscribe(change => OnChange(
            change.Type, StoreSnapshot.Of(change.Object), change.Old is null ? null : StoreSnapshot.Of(change.Old), change.IsInitialList));
        informers.ClusterSecretStores.Subscribe(change => OnChange(
            change.Type, StoreSnapshot.Of(change.Object), change.Old is null ? null : StoreSnapshot.Of(change.Old), change.IsInitialList));
    }

    internal void OnChange(InformerEventType type, StoreSnapshot store, StoreSnapshot? old, bool initialList = false)
    {
        if (initialList)
        {
            return;
        }

        switch (type)
        {
            case InformerEventType.Deleted:
                _ = clients.RetireAsync(store.Identity).AsTask();
                dependents.StoreChanged(store.Identity);
                break;
            case InformerEventType.Added:
                dependents.StoreChanged(store.Identity);
                break;
            case InformerEventType.Updated when old is null || Matters(old, store):
                if (old is not null && old.Identity != store.Identity)
                {
                    _ = clients.RetireAsync(old.Identity).AsTask();
                }

                dependents.StoreChanged(store.Identity);
                break;
            default:
                break;
        }
    }

    private static bool Matters(StoreSnapshot old, StoreSnapshot current) =>
        old.Identity != current.Identity
        || old.Generation != current.Generation
        || StoreReadiness.ReadyStatus(old.Status) != StoreReadiness.ReadyStatus(current.Status)
        || old.IsDeleting != current.IsDeleting;
}
