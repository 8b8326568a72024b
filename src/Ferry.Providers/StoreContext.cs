using Ferry.Api.V1;

namespace Ferry.Providers;

/// <summary>
/// Everything a provider needs to build a client for one store, as seen from one consuming namespace.
/// ConsumerNamespace is the namespace of the ExternalSecret or PushSecret using the store; a ClusterSecretStore resolves selectors
/// without a namespace there. Null when no object is consuming (store validation). ServiceAccountTokens is null when
/// the operator cannot mint tokens; providers that need one fail with a clear message then.
/// </summary>
public sealed record StoreContext(
    StoreIdentity Identity,
    SecretStoreSpec Spec,
    string? ConsumerNamespace,
    IStoreCredentials Credentials,
    IServiceAccountTokenSource? ServiceAccountTokens = null);
