using Ferry.Api.V1;
using Ferry.Api.V1Alpha1;

namespace Ferry.Providers;

/// <summary>
/// An authenticated session with a backend (ESO's SecretsClient). A missing secret is always reported as
/// <see cref="SecretNotFoundException"/>; an operation the provider cannot perform throws
/// <see cref="UnsupportedOperationException"/>, never succeeds silently.
/// </summary>
public interface ISecretsClient : IAsyncDisposable
{
    /// <summary>One value: the secret at <c>key</c> (and <c>version</c>), narrowed by <c>property</c> when set.</summary>
    ValueTask<SecretValue> GetSecretAsync(ExternalSecretDataRemoteRef remoteRef, CancellationToken cancellationToken);

    /// <summary>One secret expanded into keys (dataFrom.extract).</summary>
    ValueTask<IReadOnlyDictionary<string, SecretValue>> GetSecretMapAsync(
        ExternalSecretDataRemoteRef remoteRef, CancellationToken cancellationToken);

    /// <summary>Many secrets, one key each (dataFrom.find by name regexp, tags or path).</summary>
    ValueTask<IReadOnlyDictionary<string, SecretValue>> GetAllSecretsAsync(
        ExternalSecretFind find, CancellationToken cancellationToken);

    ValueTask PushSecretAsync(PushSecretRequest request, CancellationToken cancellationToken);

    ValueTask DeleteSecretAsync(PushSecretRemoteRef remoteRef, CancellationToken cancellationToken);

    ValueTask<bool> SecretExistsAsync(PushSecretRemoteRef remoteRef, CancellationToken cancellationToken);

    ValueTask<ClientValidation> ValidateAsync(CancellationToken cancellationToken);
}
