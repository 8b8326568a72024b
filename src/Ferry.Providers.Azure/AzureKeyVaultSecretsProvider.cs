using Azure.Security.KeyVault.Certificates;
using Azure.Security.KeyVault.Secrets;
using Ferry.Api.V1;
using Ferry.Providers.Azure.Auth;
using Ferry.Providers.Azure.Keys;

namespace Ferry.Providers.Azure;

/// <summary>
/// ESO's <c>azurekv</c> provider: Azure Key Vault secrets, keys and certificates, authenticated as a service principal
/// (secret or certificate), a managed identity, or a workload identity. One instance serves every store and shares
/// one HTTP stack; dispose it with the host.
/// </summary>
public sealed class AzureKeyVaultSecretsProvider(AzureKeyVaultProviderOptions? options = null) : ISecretsProvider, IDisposable
{
    public const string ProviderName = "azurekv";

    private readonly AzureKeyVaultProviderOptions _options = options ?? new AzureKeyVaultProviderOptions();
    private readonly Lazy<AzureTransport> _transport = new(() => new AzureTransport(options ?? new AzureKeyVaultProviderOptions()));

    public string Name => ProviderName;

    public ProviderCapabilities Capabilities => ProviderCapabilities.ReadWrite;

    public StoreValidation ValidateStore(StoreIdentity store, SecretStoreSpec spec) => AzureStoreValidation.Validate(store, spec);

    public async ValueTask<ISecretsClient> CreateClientAsync(StoreContext store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var spec = store.Spec.Provider.AzureKeyVault ?? throw new ProviderException("unexpected store spec");
        if (store.Identity.IsClusterScoped && string.IsNullOrEmpty(store.ConsumerNamespace) && AzureStoreValidation.IsReferent(spec))
        {
            return new ReferentStoreClient();
        }

        if (!Uri.TryCreate(spec.VaultUrl, UriKind.Absolute, out var vault))
        {
            throw new ProviderException("vaultUrl must be an absolute URL");
        }

        var cloud = AzureCloud.For(spec);
        var transport = _transport.Value;
        var credential = await AzureCredentialFactory.CreateAsync(store, spec, new AzureCredentialSettings(cloud, transport, _options), cancellationToken);
        var verify = !cloud.IsCustom;
        var refusals = new RefusedTokenWatch();
        var secrets = new SecretClient(vault, credential, transport.ConfigureVault(new SecretClientOptions { DisableChallengeResourceVerification = !verify }, refusals));
        var certificates = new CertificateClient(vault, credential, transport.ConfigureVault(new CertificateClientOptions { DisableChallengeResourceVerification = !verify }, refusals));
        var keys = new KeyVaultKeysClient(vault, credential, transport, verify, refusals);
        return new AzureKeyVaultClient(spec, secrets, certificates, keys, _options, refusals);
    }

    public void Dispose()
    {
        if (_transport.IsValueCreated)
        {
            _transport.Value.Dispose();
        }
    }
}
