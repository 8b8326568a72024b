using Ferry.Api.V1;
using Ferry.Api.V1Alpha1;

namespace Ferry.Providers;

/// <summary>
/// Enforces a provider's declared capabilities in front of its client, so that the read-only rule holds even for a
/// provider whose push or delete forgot to throw.
/// </summary>
internal sealed class CapabilityGuardedClient(ISecretsClient inner, string providerName, ProviderCapabilities capabilities)
    : ISecretsClient, IExpiringSecretsClient
{
    public DateTimeOffset? ExpiresAt => (inner as IExpiringSecretsClient)?.ExpiresAt;

    public ValueTask<SecretValue> GetSecretAsync(ExternalSecretDataRemoteRef remoteRef, CancellationToken cancellationToken)
    {
        EnsureReadable();
        return inner.GetSecretAsync(remoteRef, cancellationToken);
    }

    public ValueTask<IReadOnlyDictionary<string, SecretValue>> GetSecretMapAsync(
        ExternalSecretDataRemoteRef remoteRef, CancellationToken cancellationToken)
    {
        EnsureReadable();
        return inner.GetSecretMapAsync(remoteRef, cancellationToken);
    }

    public ValueTask<IReadOnlyDictionary<string, SecretValue>> GetAllSecretsAsync(
        ExternalSecretFind find, CancellationToken cancellationToken)
    {
        EnsureReadable();
        return inner.GetAllSecretsAsync(find, cancellationToken);
    }

    public ValueTask PushSecretAsync(PushSecretRequest request, CancellationToken cancellationToken)
    {
        EnsureWritable("push");
        return inner.PushSecretAsync(request, cancellationToken);
    }

    public ValueTask DeleteSecretAsync(PushSecretRemoteRef remoteRef, CancellationToken cancellationToken)
    {
        EnsureWritable("delete");
        return inner.DeleteSecretAsync(remoteRef, cancellationToken);
    }

    public ValueTask<bool> SecretExistsAsync(PushSecretRemoteRef remoteRef, CancellationToken cancellationToken) =>
        inner.SecretExistsAsync(remoteRef, cancellationToken);

    public ValueTask<ClientValidation> ValidateAsync(CancellationToken cancellationToken) =>
        inner.ValidateAsync(cancellationToken);

    public ValueTask DisposeAsync() => inner.DisposeAsync();

    private void EnsureReadable()
    {
        if (!capabilities.CanRead())
        {
            throw new UnsupportedOperationException($"provider {providerName} is write-only: reading secrets is not supported");
        }
    }

    private void EnsureWritable(string operation)
    {
        if (!capabilities.CanWrite())
        {
            throw new UnsupportedOperationException($"provider {providerName} is read-only: {operation} is not supported");
        }
    }
}
