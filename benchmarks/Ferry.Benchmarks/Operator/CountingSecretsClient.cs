using Ferry.Api.V1;
using Ferry.Api.V1Alpha1;
using Ferry.Providers;

namespace Ferry.Benchmarks.Operator;

/// <summary>Passes every call through and reports each read (get, get map, find).</summary>
internal sealed class CountingSecretsClient(ISecretsClient inner, Action read) : ISecretsClient
{
    public ValueTask<SecretValue> GetSecretAsync(ExternalSecretDataRemoteRef remoteRef, CancellationToken cancellationToken)
    {
        read();
        return inner.GetSecretAsync(remoteRef, cancellationToken);
    }

    public ValueTask<IReadOnlyDictionary<string, SecretValue>> GetSecretMapAsync(ExternalSecretDataRemoteRef remoteRef, CancellationToken cancellationToken)
    {
        read();
        return inner.GetSecretMapAsync(remoteRef, cancellationToken);
    }

    public ValueTask<IReadOnlyDictionary<string, SecretValue>> GetAllSecretsAsync(ExternalSecretFind find, CancellationToken cancellationToken)
    {
        read();
        return inner.GetAllSecretsAsync(find, cancellationToken);
    }

    public ValueTask PushSecretAsync(PushSecretRequest request, CancellationToken cancellationToken) => inner.PushSecretAsync(request, cancellationToken);

    public ValueTask DeleteSecretAsync(PushSecretRemoteRef remoteRef, CancellationToken cancellationToken) => inner.DeleteSecretAsync(remoteRef, cancellationToken);

    public ValueTask<bool> SecretExistsAsync(PushSecretRemoteRef remoteRef, CancellationToken cancellationToken) => inner.SecretExistsAsync(remoteRef, cancellationToken);

    public ValueTask<ClientValidation> ValidateAsync(CancellationToken cancellationToken) => inner.ValidateAsync(cancellationToken);

    public ValueTask DisposeAsync() => inner.DisposeAsync();
}
