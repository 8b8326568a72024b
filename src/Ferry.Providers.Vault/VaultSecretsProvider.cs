using Ferry.Api.V1;
using Ferry.Providers.Vault.Auth;
using Ferry.Providers.Vault.Http;

namespace Ferry.Providers.Vault;

/// <summary>
/// ESO's <c>vault</c> provider: HashiCorp Vault's KV engine (v1 and v2) over its HTTP API, read-write. A client logs
/// in once when it is built and then renews its token; pool it (SecretsClientPool) so reconciles share it.
/// </summary>
public sealed class VaultSecretsProvider(VaultProviderOptions? options = null) : ISecretsProvider
{
    public const string ProviderName = "vault";

    private readonly VaultProviderOptions _options = options ?? new VaultProviderOptions();

    public string Name => ProviderName;

    public ProviderCapabilities Capabilities => ProviderCapabilities.ReadWrite;

    public StoreValidation ValidateStore(StoreIdentity store, SecretStoreSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return VaultStoreValidation.Validate(store, spec.Provider.Vault);
    }

    public async ValueTask<ISecretsClient> CreateClientAsync(StoreContext store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var spec = store.Spec.Provider.Vault ?? throw new ProviderException("missing store provider vault");
        var settings = VaultSettings.From(spec);
        var login = VaultLogins.For(spec.Auth, _options);
        // Referent auth with no consuming namespace (the store controller validating a ClusterSecretStore): nothing
        // can be read yet, so the client only answers Validate with Unknown, as ESO does.
        var deferred = store.ConsumerNamespace is null && VaultStoreValidation.IsReferent(store.Identity, spec);
        var handler = deferred ? new SocketsHttpHandler() : await VaultHandlerFactory.CreateAsync(spec, store, cancellationToken);
        var http = new VaultHttp(handler, settings, _options);
        var session = new VaultSession(login, new VaultAuthContext(http, store, _options.Time));
        var client = new VaultSecretsClient(http, session, validationUnknown: deferred);
        if (deferred)
        {
            return client;
        }

        try
        {
            await session.TokenAsync(cancellationToken);
            return client;
        }
        catch
        {
            await client.DisposeAsync();
            throw;
        }
    }
}
