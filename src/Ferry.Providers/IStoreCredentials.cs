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
}
