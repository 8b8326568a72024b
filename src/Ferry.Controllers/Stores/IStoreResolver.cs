using Ferry.Api.V1;

namespace Ferry.Controllers.Stores;

/// <summary>
/// The one way a consumer (an ExternalSecret, later a PushSecret) reaches a store: looks the store up in the cache,
/// applies the ClusterSecretStore conditions and the flood gate, and lends a pooled, authenticated client. The
/// SecretStores folder implements it; the consumers only see this seam.
/// </summary>
public interface IStoreResolver
{
    /// <summary>
    /// Resolves <paramref name="kind"/>/<paramref name="name"/> as seen from <paramref name="consumerNamespace"/>.
    /// Never throws for a missing, refused or unready store: the outcome says why, in a message fit for status.
    /// </summary>
    ValueTask<StoreResolution> ResolveAsync(
        string consumerNamespace, SecretStoreKind kind, string name, CancellationToken cancellationToken);
}
