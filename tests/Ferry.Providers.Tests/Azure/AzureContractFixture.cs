using Azure.Identity;
using Azure.Security.KeyVault.Secrets;
using Ferry.Api.V1;
using Ferry.Api.V1.Providers.AzureKeyVault;
using Ferry.Providers.Azure;
using Ferry.Providers.Tests.Contract;
using Ferry.Testing.Backends.Azure;

namespace Ferry.Providers.Tests.Azure;

/// <summary>
/// The contract suite against the fake vault, or against a real one when FERRY_TEST_AZURE_VAULT_URL,
/// FERRY_TEST_AZURE_TENANT_ID, FERRY_TEST_AZURE_CLIENT_ID and FERRY_TEST_AZURE_CLIENT_SECRET are set (a real vault
/// cannot take chosen version ids, so the version tests are off there).
/// </summary>
internal sealed class AzureContractFixture : ProviderContractFixture
{
    private readonly RealVault? _real = RealVault.FromEnvironment();
    private readonly AzureKeyVaultSecretsProvider _realProvider = new();
    private AzureTestVault? _fake;

    public override ISecretsProvider Provider => _fake?.Provider ?? _realProvider;

    public override bool SupportsVersions => _real is null;

    // ESO's Azure provider answers a property that selects nothing with an error, not NoSecretErr.
    public override bool MissingPropertyIsNotFound => false;

    public override async ValueTask<ISecretsClient> CreateClientAsync(IReadOnlyList<ContractSecret> seed, CancellationToken cancellationToken)
    {
        if (_real is not null)
        {
            await _real.SeedAsync(seed, cancellationToken);
            return await _realProvider.CreateClientAsync(_real.Context(), cancellationToken);
        }

        _fake = await AzureTestVault.StartAsync();
        foreach (var secret in seed)
        {
            _fake.Fake.SetSecret(secret.Key, secret.Value, new AzureFakeSecretOptions { Version = secret.Version });
        }

        return await _fake.ClientAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        if (_fake is not null)
        {
            await _fake.DisposeAsync();
        }

        _realProvider.Dispose();
        await base.DisposeAsync();
    }

    private sealed record RealVault(string VaultUrl, string TenantId, string ClientId, string ClientSecret)
    {
        public static RealVault? FromEnvironment()
        {
            var url = Environment.GetEnvironmentVariable("FERRY_TEST_AZURE_VAULT_URL");
            return string.IsNullOrEmpty(url)
                ? null
                : new RealVault(
                    url,
                    Environment.GetEnvironmentVariable("FERRY_TEST_AZURE_TENANT_ID") ?? string.Empty,
                    Environment.GetEnvironmentVariable("FERRY_TEST_AZURE_CLIENT_ID") ?? string.Empty,
                    Environment.GetEnvironmentVariable("FERRY_TEST_AZURE_CLIENT_SECRET") ?? string.Empty);
        }

        public async Task SeedAsync(IReadOnlyList<ContractSecret> seed, CancellationToken cancellationToken)
        {
            var client = new SecretClient(new Uri(VaultUrl), new ClientSecretCredential(TenantId, ClientId, ClientSecret));
            foreach (var secret in seed.Where(s => s.Version is null or "v2"))
            {
                await client.SetSecretAsync(secret.Key, secret.Value, cancellationToken);
            }
        }

        public StoreContext Context()
        {
            var secrets = new DictionarySecretSource();
            secrets.Add("default", "azure-creds", "1", ("client-id", ClientId), ("client-secret", ClientSecret));
            var identity = TestStores.Identity("azure");
            var spec = new AzureKeyVaultProvider
            {
                VaultUrl = VaultUrl,
                TenantId = TenantId,
                AuthSecretRef = new AzureKeyVaultAuth
                {
                    ClientId = new SecretKeySelector { Name = "azure-creds", Key = "client-id" },
                    ClientSecret = new SecretKeySelector { Name = "azure-creds", Key = "client-secret" },
                },
            };
            return new StoreContext(identity, new SecretStoreSpec { Provider = new SecretStoreProvider { AzureKeyVault = spec } }, "default", new StoreCredentials(identity, "default", secrets));
        }
    }
}
