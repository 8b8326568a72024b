using Ferry.Api.V1;
using Ferry.Api.V1Alpha1;
using Ferry.Providers;

namespace Ferry.Controllers.Tests.ExternalSecrets;

/// <summary>The fake provider's client, counted, and made to fail on demand (a backend outage).</summary>
internal sealed class ScriptedSecretsClient(ISecretsClient inner, TestStore store) : ISecretsClient
{
    public async ValueTask<SecretValue> GetSecretAsync(ExternalSecretDataRemoteRef remoteRef, CancellationToken cancellationToken)
    {
        store.Called();
        return await inner.GetSecretAsync(remoteRef, cancellationToken);
    }

    public async ValueTask<IReadOnlyDictionary<string, SecretValue>> GetSecretMapAsync(ExternalSecretDataRemoteRef remoteRef, CancellationToken cancellationToken)
    {
        store.Called();
        return await inner.GetSecretMapAsync(remoteRef, cancellationToken);
    }

    public async ValueTask<IReadOnlyDictionary<string, SecretValue>> GetAllSecretsAsync(ExternalSecretFind find, CancellationToken cancellationToken)
    {
        store.Called();
        return await inner.GetAllSecretsAsync(find, cancellationToken);
    }

    public ValueTask PushSecretAsync(PushSecretRequest request, CancellationToken cancellationToken) => inner.PushSecretAsync(request, cancellationToken);

    public ValueTask DeleteSecretAsync(PushSecretRemoteRef remoteRef, CancellationToken cancellationToken) => inner.DeleteSecretAsync(remoteRef, cancellationToken);

    public ValueTask<bool> SecretExistsAsync(PushSecretRemoteRef remoteRef, CancellationToken cancellationToken) => inner.SecretExistsAsync(remoteRef, cancellationToken);

    public ValueTask<ClientValidation> ValidateAsync(CancellationToken cancellationToken) => inner.ValidateAsync(cancellationToken);

    public ValueTask DisposeAsync() => inner.DisposeAsync();
}
