using Ferry.Api.V1;
using Ferry.Providers;

namespace Ferry.Benchmarks.Operator;

/// <summary>A provider that counts what reaches it: clients created and reads made through them.</summary>
internal sealed class CountingSecretsProvider(ISecretsProvider inner) : ISecretsProvider
{
    private long _clients;
    private long _reads;

    public long Clients => Interlocked.Read(ref _clients);

    public long Reads => Interlocked.Read(ref _reads);

    public string Name => inner.Name;

    public ProviderCapabilities Capabilities => inner.Capabilities;

    public StoreValidation ValidateStore(StoreIdentity store, SecretStoreSpec spec) => inner.ValidateStore(store, spec);

    public async ValueTask<ISecretsClient> CreateClientAsync(StoreContext store, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _clients);
        return new CountingSecretsClient(await inner.CreateClientAsync(store, cancellationToken), () => Interlocked.Increment(ref _reads));
    }
}
