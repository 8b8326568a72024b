using Ferry.Api.V1;
using Ferry.Api.V1Alpha1;
using Ferry.Providers;

namespace Ferry.Controllers.Tests.Operator;

/// <summary>
/// A stand-in served under the <c>vault</c> key that authenticates with the token Secret the store names (through
/// the store's credentials reader, as a real provider does) and counts the clients it builds.
/// </summary>
public sealed class CountingVaultProvider : ISecretsProvider
{
    private int _built;

    public string Name => "vault";

    public ProviderCapabilities Capabilities => ProviderCapabilities.ReadOnly;

    public int Built => Volatile.Read(ref _built);

    public StoreValidation ValidateStore(StoreIdentity store, SecretStoreSpec spec) => StoreValidation.Valid;

    public async ValueTask<ISecretsClient> CreateClientAsync(StoreContext store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var selector = store.Spec.Provider.Vault?.Auth?.TokenSecretRef ?? throw new ProviderException("no tokenSecretRef");
        var token = await store.Credentials.GetSecretKeyAsync(selector, cancellationToken);
        Interlocked.Increment(ref _built);
        return new TokenClient(token.Reveal());
    }

    /// <summary>Answers every key with the token it authenticated with, so a test sees which credential a client holds.</summary>
    private sealed class TokenClient(string token) : ISecretsClient
    {
        public ValueTask<SecretValue> GetSecretAsync(ExternalSecretDataRemoteRef remoteRef, CancellationToken cancellationToken) =>
            ValueTask.FromResult(SecretValue.FromString(token));

        public ValueTask<IReadOnlyDictionary<string, SecretValue>> GetSecretMapAsync(ExternalSecretDataRemoteRef remoteRef, CancellationToken cancellationToken) =>
            throw new UnsupportedOperationException("not in this test provider");

        public ValueTask<IReadOnlyDictionary<string, SecretValue>> GetAllSecretsAsync(ExternalSecretFind find, CancellationToken cancellationToken) =>
            throw new UnsupportedOperationException("not in this test provider");

        public ValueTask PushSecretAsync(PushSecretRequest request, CancellationToken cancellationToken) =>
            throw new UnsupportedOperationException("read-only");

        public ValueTask DeleteSecretAsync(PushSecretRemoteRef remoteRef, CancellationToken cancellationToken) =>
            throw new UnsupportedOperationException("read-only");

        public ValueTask<bool> SecretExistsAsync(PushSecretRemoteRef remoteRef, CancellationToken cancellationToken) =>
            throw new UnsupportedOperationException("read-only");

        public ValueTask<ClientValidation> ValidateAsync(CancellationToken cancellationToken) => ValueTask.FromResult(ClientValidation.Ready);

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
