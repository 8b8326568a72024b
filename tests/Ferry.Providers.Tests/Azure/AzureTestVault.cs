using Ferry.Api.V1;
using Ferry.Api.V1.Providers.AzureKeyVault;
using Ferry.Providers.Azure;
using Ferry.Testing.Backends.Azure;

namespace Ferry.Providers.Tests.Azure;

/// <summary>
/// A running <see cref="AzureKeyVaultFake"/> with a service principal registered, a provider whose transport trusts
/// the fake's certificate and retries quickly, and builders for stores in the fake's custom cloud.
/// </summary>
internal sealed class AzureTestVault : IAsyncDisposable
{
    public const string ClientId = "9a1c6f3e-0b7d-4d0e-8f5a-00000000c1e1";
    public const string ClientSecret = "s3cr3t-client-password";

    private AzureTestVault(AzureKeyVaultFake fake, AzureKeyVaultSecretsProvider provider)
    {
        Fake = fake;
        Provider = provider;
    }

    public AzureKeyVaultFake Fake { get; }

    public AzureKeyVaultSecretsProvider Provider { get; }

    public DictionarySecretSource Secrets { get; } = new();

    public static async Task<AzureTestVault> StartAsync(AzureKeyVaultFakeOptions? fakeOptions = null, Func<AzureKeyVaultProviderOptions, AzureKeyVaultProviderOptions>? configure = null)
    {
        var fake = await AzureKeyVaultFake.StartAsync(fakeOptions);
        fake.AddClientSecret(ClientId, ClientSecret);
        var options = new AzureKeyVaultProviderOptions
        {
            HttpHandlerFactory = fake.CreateHttpHandler,
            RetryDelay = TimeSpan.FromMilliseconds(20),
            MaxRetryDelay = TimeSpan.FromMilliseconds(200),
            NetworkTimeout = TimeSpan.FromSeconds(10),
        };
        var vault = new AzureTestVault(fake, new AzureKeyVaultSecretsProvider(configure?.Invoke(options) ?? options));
        vault.Secrets.Add("default", "azure-creds", "1", ("client-id", ClientId), ("client-secret", ClientSecret));
        return vault;
    }

    /// <summary>A store in the fake's cloud (AzureStackCloud with the fake as authority), service principal by default.</summary>
    public AzureKeyVaultProvider Spec(AzureAuthType authType = AzureAuthType.ServicePrincipal) => new()
    {
        VaultUrl = Fake.VaultUri.ToString(),
        AuthType = authType,
        TenantId = authType == AzureAuthType.ManagedIdentity ? null : Fake.TenantId,
        EnvironmentType = AzureEnvironmentType.AzureStackCloud,
        UseAzureSDK = true,
        CustomCloudConfig = new AzureCustomCloudConfig { ActiveDirectoryEndpoint = Fake.AuthorityHost.ToString() },
        AuthSecretRef = authType == AzureAuthType.ServicePrincipal
            ? new AzureKeyVaultAuth
            {
                ClientId = new SecretKeySelector { Name = "azure-creds", Key = "client-id" },
                ClientSecret = new SecretKeySelector { Name = "azure-creds", Key = "client-secret" },
            }
            : null,
    };

    public StoreContext Context(AzureKeyVaultProvider? spec = null, IServiceAccountTokenSource? serviceAccounts = null)
    {
        var identity = TestStores.Identity("azure");
        return new StoreContext(
            identity,
            new SecretStoreSpec { Provider = new SecretStoreProvider { AzureKeyVault = spec ?? Spec() } },
            "default",
            new StoreCredentials(identity, "default", Secrets),
            serviceAccounts);
    }

    public ValueTask<ISecretsClient> ClientAsync(AzureKeyVaultProvider? spec = null, IServiceAccountTokenSource? serviceAccounts = null) =>
        Provider.CreateClientAsync(Context(spec, serviceAccounts), CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        Provider.Dispose();
        await Fake.DisposeAsync();
    }
}
