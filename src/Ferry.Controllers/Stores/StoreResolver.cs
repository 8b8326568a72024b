using Ferry.Api.V1;
using Ferry.Providers;

namespace Ferry.Controllers.Stores;

/// <summary>
/// Resolves a store reference for a consumer, in ESO's order: the store from the cache, its controller class, the
/// ClusterSecretStore conditions, the provider, the flood gate, then a pooled client. Every refusal is an outcome
/// with a message for status, never an exception; a cancelled call still throws.
/// </summary>
internal sealed class StoreResolver(
    StoreInformers informers, ProviderRegistry providers, StoreClients clients, StoreResolverOptions options) : IStoreResolver
{
    public async ValueTask<StoreResolution> ResolveAsync(
        string consumerNamespace, SecretStoreKind kind, string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(consumerNamespace);
        ArgumentNullException.ThrowIfNull(name);
        if (kind == SecretStoreKind.ClusterSecretStore && !options.EnableClusterStores)
        {
            // ESO skips such ExternalSecrets as it skips a store of another controller class: not ours to serve.
            return new(StoreResolutionOutcome.OtherControllerClass, StoreMessages.ClusterStoresDisabled);
        }

        if (informers.Find(kind, consumerNamespace, name) is not { } store)
        {
            return new(StoreResolutionOutcome.NotFound, StoreMessages.NotFound(kind, consumerNamespace, name));
        }

        if (Refuse(store, consumerNamespace, out var provider) is { } refusal)
        {
            return refusal;
        }

        try
        {
            var lease = await clients.AcquireAsync(provider!, store, consumerNamespace, cancellationToken);
            return new(StoreResolutionOutcome.Usable, "", store.Identity, provider, lease);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return new(StoreResolutionOutcome.ClientFailed, StoreMessages.ClientFailed(ex.Message), store.Identity, provider);
        }
    }

    private StoreResolution? Refuse(StoreSnapshot store, string consumerNamespace, out ISecretsProvider? provider)
    {
        provider = null;
        var identity = store.Identity;
        if (!StoreClass.IsServed(store.Spec, options.ControllerClass))
        {
            return new(StoreResolutionOutcome.OtherControllerClass, StoreMessages.UnmanagedStore, identity);
        }

        if (identity.IsClusterScoped
            && !NamespaceConditions.Admits(store.Spec.Conditions, consumerNamespace, informers.NamespaceLabels(consumerNamespace)))
        {
            return new(StoreResolutionOutcome.NamespaceRefused, StoreMessages.NamespaceRefused(identity.Name, consumerNamespace), identity);
        }

        var names = StoreProviderName.Of(store.Spec);
        if (names.Count != 1)
        {
            return new(StoreResolutionOutcome.ProviderNotSupported, StoreMessages.ProviderCount(names.Count), identity);
        }

        provider = providers.Find(names[0]);
        if (provider is null)
        {
            return new(StoreResolutionOutcome.ProviderNotSupported, StoreMessages.ProviderNotSupported(names[0]), identity);
        }

        if (options.EnableFloodGate && !StoreReadiness.IsReady(store.Status))
        {
            return new(StoreResolutionOutcome.NotReady, StoreMessages.NotReady(identity.Kind, identity.Name), identity, provider);
        }

        return null;
    }
}
