using Ferry.Api.V1;
using Ferry.Runtime.Cache;

namespace Ferry.Controllers.Stores;

/// <summary>
/// The caches store resolution reads: both store kinds, and namespaces (metadata only) for the ClusterSecretStore
/// conditions. The operator owns and runs the informers; this only reads them.
/// </summary>
internal sealed class StoreInformers(
    Informer<SecretStore> secretStores,
    Informer<ClusterSecretStore> clusterSecretStores,
    Informer<MetadataOnly> namespaces)
{
    public Informer<SecretStore> SecretStores { get; } = secretStores;

    public Informer<ClusterSecretStore> ClusterSecretStores { get; } = clusterSecretStores;

    public Informer<MetadataOnly> Namespaces { get; } = namespaces;

    public StoreSnapshot? Find(SecretStoreKind kind, string consumerNamespace, string name) => kind switch
    {
        SecretStoreKind.ClusterSecretStore => ClusterSecretStores.Store.Get(null, name) is { } css ? StoreSnapshot.Of(css) : null,
        _ => SecretStores.Store.Get(consumerNamespace, name) is { } ss ? StoreSnapshot.Of(ss) : null,
    };

    /// <summary>The namespace's labels; a namespace not (yet) in the cache still carries its name label, as the API server sets it.</summary>
    public IReadOnlyDictionary<string, string> NamespaceLabels(string ns)
    {
        var labels = Namespaces.Store.Get(null, ns)?.Metadata.Labels;
        if (labels is not null && labels.ContainsKey(NamespaceConditions.NameLabel))
        {
            return labels.AsReadOnly();
        }

        var withName = labels is null ? new Dictionary<string, string>(StringComparer.Ordinal) : new Dictionary<string, string>(labels, StringComparer.Ordinal);
        withName[NamespaceConditions.NameLabel] = ns;
        return withName;
    }
}
