using Ferry.Api.V1;
using Ferry.Api.WellKnown;
using Ferry.Controllers.Stores;
using Ferry.Providers;

namespace Ferry.Controllers.ExternalSecrets;

/// <summary>
/// The stores one reconcile reads through (ESO's per-reconcile client manager): each store is resolved once, its
/// pooled client lease is held until the reconcile ends, and every lease is returned on dispose.
/// </summary>
internal sealed class StoreSession(IStoreResolver resolver, string consumerNamespace) : IAsyncDisposable
{
    private readonly Dictionary<(SecretStoreKind, string), StoreResolution> _resolved = [];

    public async ValueTask<(ISecretsClient Client, string ProviderName)> ClientAsync(
        (SecretStoreKind Kind, string Name)? reference, CancellationToken cancellationToken)
    {
        if (reference is not { } store)
        {
            throw new SyncException(ExternalSecretMessages.ProviderError, "no store reference: set spec.secretStoreRef or a sourceRef.storeRef", terminal: true);
        }

        if (!_resolved.TryGetValue(store, out var resolution))
        {
            resolution = await resolver.ResolveAsync(consumerNamespace, store.Kind, store.Name, cancellationToken);
            _resolved[store] = resolution;
        }

        return resolution.Outcome switch
        {
            StoreResolutionOutcome.Usable when resolution.Lease is { } lease => (lease.Client, resolution.Provider?.Name ?? ""),
            StoreResolutionOutcome.OtherControllerClass => throw new UnmanagedStoreException(resolution.Message),

            // The resolution's message says what is wrong with the store; it holds no secret and helps more than
            // ESO's generic text, so it is the condition message too.
            _ => throw new SyncException(resolution.Message, resolution.Message),
        };
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var resolution in _resolved.Values)
        {
            if (resolution.Lease is { } lease)
            {
                await lease.DisposeAsync();
            }
        }
    }
}
