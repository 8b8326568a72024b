using Ferry.Api.V1;

namespace Ferry.Providers;

/// <summary>
/// One backend kind (ESO's Provider): checks store specs and builds authenticated clients. Implementations are
/// stateless singletons registered by <see cref="Name"/>, the key of the store's spec.provider union.
/// </summary>
public interface ISecretsProvider
{
    /// <summary>The spec.provider key this provider serves, e.g. <c>fake</c>.</summary>
    string Name { get; }

    ProviderCapabilities Capabilities { get; }

    /// <summary>Static checks of the store spec, without I/O (ESO's ValidateStore, also run by admission).</summary>
    StoreValidation ValidateStore(StoreIdentity store, SecretStoreSpec spec);

    /// <summary>Builds and authenticates a client; callers pool it (see <c>Pooling.SecretsClientPool</c>).</summary>
    ValueTask<ISecretsClient> CreateClientAsync(StoreContext store, CancellationToken cancellationToken);
}
