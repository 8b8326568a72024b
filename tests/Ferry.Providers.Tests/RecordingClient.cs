using Ferry.Api.V1;
using Ferry.Api.V1Alpha1;

namespace Ferry.Providers.Tests;

/// <summary>A client that records what was called on it; every operation succeeds with nothing.</summary>
internal sealed class RecordingClient : ISecretsClient, IExpiringSecretsClient
{
    public int DisposeCount { get; private set; }

    public int PushCount { get; private set; }

    public int DeleteCount { get; private set; }

    public DateTimeOffset? ExpiresAt { get; set; }

    public bool IsDisposed => DisposeCount > 0;

    public ValueTask<SecretValue> GetSecretAsync(ExternalSecretDataRemoteRef remoteRef, CancellationToken cancellationToken) =>
        ValueTask.FromResult(SecretValue.FromString("value"));

    public ValueTask<IReadOnlyDictionary<string, SecretValue>> GetSecretMapAsync(ExternalSecretDataRemoteRef remoteRef, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyDictionary<string, SecretValue>>(new Dictionary<string, SecretValue>());

    public ValueTask<IReadOnlyDictionary<string, SecretValue>> GetAllSecretsAsync(ExternalSecretFind find, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyDictionary<string, SecretValue>>(new Dictionary<string, SecretValue>());

    public ValueTask PushSecretAsync(PushSecretRequest request, CancellationToken cancellationToken)
    {
        PushCount++;
        return ValueTask.CompletedTask;
    }

    public ValueTask DeleteSecretAsync(PushSecretRemoteRef remoteRef, CancellationToken cancellationToken)
    {
        DeleteCount++;
        return ValueTask.CompletedTask;
    }

    public ValueTask<bool> SecretExistsAsync(PushSecretRemoteRef remoteRef, CancellationToken cancellationToken) =>
        ValueTask.FromResult(false);

    public ValueTask<ClientValidation> ValidateAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult(ClientValidation.Ready);

    public ValueTask DisposeAsync()
    {
        DisposeCount++;
        return ValueTask.CompletedTask;
    }
}
