using Ferry.Api.V1;

namespace Ferry.Providers;

/// <summary>
/// Reads the Secrets a store references for its credentials. Implementations resolve the namespace with
/// <see cref="SecretReferenceScope"/> so a namespaced store can never read another namespace's Secret.
/// </summary>
public interface IStoreCredentials
{
    /// <summary>The value under <c>selector.key</c>; <see cref="SecretNotFoundException"/> when the Secret or key is missing.</summary>
    ValueTask<SecretValue> GetSecretKeyAsync(SecretKeySelector selector, CancellationToken cancellationToken);

    /// <summary>
    /// Every key of the Secret <c>selector</c> names (its key is ignored), for providers that expose a whole Secret
    /// (the webhook's <c>secrets[]</c>); <see cref="SecretNotFoundException"/> when the Secret is missing.
    /// </summary>
    ValueTask<IReadOnlyDictionary<string, SecretValue>> GetSecretDataAsync(SecretKeySelector selector, CancellationToken cancellationToken) =>
        throw new UnsupportedOperationException("these credentials can only read single keys");
}
