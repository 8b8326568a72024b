using Ferry.Api.V1;
using Ferry.Providers;
using k8s;
using k8s.Models;

namespace Ferry.Controllers.Stores;

/// <summary>A SecretStore or ClusterSecretStore as the cache holds it, seen through what both kinds share.</summary>
internal sealed record StoreSnapshot(
    StoreIdentity Identity,
    IKubernetesObject<V1ObjectMeta> Object,
    SecretStoreSpec Spec,
    SecretStoreStatus? Status)
{
    public long Generation => Object.Metadata.Generation ?? 0;

    public bool IsDeleting => Object.Metadata.DeletionTimestamp is not null;

    public static StoreSnapshot Of(SecretStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var meta = store.Metadata;
        return new(new StoreIdentity(SecretStoreKind.SecretStore, meta.NamespaceProperty, meta.Name, meta.Uid ?? ""), store, store.Spec, store.Status);
    }

    public static StoreSnapshot Of(ClusterSecretStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var meta = store.Metadata;
        return new(new StoreIdentity(SecretStoreKind.ClusterSecretStore, null, meta.Name, meta.Uid ?? ""), store, store.Spec, store.Status);
    }
}
