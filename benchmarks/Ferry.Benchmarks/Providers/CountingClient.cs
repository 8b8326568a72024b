using Ferry.Api.V1;
using Ferry.Api.V1Alpha1;
using Ferry.Providers;

namespace Ferry.Benchmarks.Providers;

/// <summary>Sits between the pool and a provider's client: every call it sees reaches the backend.</summary>
internal sealed class CountingClient(ISecretsClient inner, ProviderCallCounters counters) : ISecretsClient, IExpiringSecretsClient
{
    public DateTimeOffset? ExpiresAt => (inner as IExpiringSecretsClient)?.ExpiresAt;

    public ValueTask<SecretValue> GetSecretAsync(ExternalSecretDataRemoteRef remoteRef, CancellationToken cancellationToken)
    {
        counters.CountRead();
        return inner.GetSecretAsync(remoteRef, cancellationToken);
    }

    public ValueTask<IReadOnlyDictionary<string, SecretValue>> GetSecretMapAsync(ExternalSecretDataRemoteRef remoteRef, CancellationToken cancellationToken)
    {
        counters.CountRead();
        return inner.GetSecretMapAsync(remoteRef, cancellationToken);
    }

    public ValueTask<IReadOnlyDictionary<string, SecretValue>> GetAllSecretsAsync(ExternalSecretFind find, CancellationToken cancellationToken)
    {
        counters.CountRead();
        return inner.GetAllSecretsAsync(find, cancellationToken);
    }

    public ValueTask PushSecretAsync(PushSecretRequest request, CancellationToken cancellationToken) => inner.PushSecretAsync(request, cancellationToken);

    public ValueTask DeleteSecretAsync(PushSecretRemoteRef remoteRef, CancellationToken cancellationToken) => inner.DeleteSecretAsync(remoteRef, cancellationToken);

    public ValueTask<bool> SecretExistsAsync(PushSecretRemoteRef remoteRef, CancellationToken cancellationToken) => inner.SecretExistsAsync(remoteRef, cancellationToken);

    public ValueTask<ClientValidation> ValidateAsync(CancellationToken cancellationToken) => inner.ValidateAsync(cancellationToken);

    public ValueTask DisposeAsync() => inner.DisposeAsync();
}
