using Ferry.Api.V1;
using Ferry.Api.V1Alpha1;

namespace Ferry.Providers.Azure;

/// <summary>
/// A ClusterSecretStore whose credentials come from the consumer's namespace, validated with no consumer: there is
/// nothing to authenticate with yet, so validation is Unknown (as in ESO) and every other call fails.
/// </summary>
internal sealed class ReferentStoreClient : ISecretsClient
{
    private const string Message = "the store reads its credentials from the consuming namespace; use it from an ExternalSecret or PushSecret";

    public ValueTask<SecretValue> GetSecretAsync(ExternalSecretDataRemoteRef remoteRef, CancellationToken cancellationToken) => throw new ProviderException(Message);

    public ValueTask<IReadOnlyDictionary<string, SecretValue>> GetSecretMapAsync(ExternalSecretDataRemoteRef remoteRef, CancellationToken cancellationToken) =>
        throw new ProviderException(Message);

    public ValueTask<IReadOnlyDictionary<string, SecretValue>> GetAllSecretsAsync(ExternalSecretFind find, CancellationToken cancellationToken) =>
        throw new ProviderException(Message);

    public ValueTask PushSecretAsync(PushSecretRequest request, CancellationToken cancellationToken) => throw new ProviderException(Message);

    public ValueTask DeleteSecretAsync(PushSecretRemoteRef remoteRef, CancellationToken cancellationToken) => throw new ProviderException(Message);

    public ValueTask<bool> SecretExistsAsync(PushSecretRemoteRef remoteRef, CancellationToken cancellationToken) => throw new ProviderException(Message);

    public ValueTask<ClientValidation> ValidateAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult(new ClientValidation(ClientValidationOutcome.Unknown, Message));

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
