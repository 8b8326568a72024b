using Azure.Identity;
using Azure.Security.KeyVault.Secrets;
using Ferry.Api.V1;
using Ferry.Api.V1.Providers.AzureKeyVault;

namespace Ferry.Providers.Tests.Azure;

/// <summary>
/// A real Key Vault for the tests, named by FERRY_TEST_AZURE_VAULT_URL, FERRY_TEST_AZURE_TENANT_ID,
/// FERRY_TEST_AZURE_CLIENT_ID and FERRY_TEST_AZURE_CLIENT_SECRET (a service principal with secret get, set and list).
/// </summary>
internal sealed record AzureRealVault(string VaultUrl, string TenantId, string ClientId, string ClientSecret)
{
    // One credential for every seed, so seeding logs in once.
    private readonly Lazy<SecretClient> _secrets = new(() => new SecretClient(new Uri(VaultUrl), new ClientSecretCredential(TenantId, ClientId, ClientSecret)));

    public static AzureRealVault? FromEnvironment()
    {
        var url = Environment.GetEnvironmentVariable("FERRY_TEST_AZURE_VAULT_URL");
        return string.IsNullOrEmpty(url)
            ? null
            : new AzureRealVault(
                url,
                Environment.GetEnvironmentVariable("FERRY_TEST_AZURE_TENANT_ID") ?? string.Empty,
                Environment.GetEnvironmentVariable("FERRY_TEST_AZURE_CLIENT_ID") ?? string.Empty,
                Environment.GetEnvironmentVariable("FERRY_TEST_AZURE_CLIENT_SECRET") ?? string.Empty);
    }

    /// <summary>Writes a new version of a secret through the Azure SDK, as an operator would with az keyvault secret set.</summary>
    public async Task SetSecretAsync(string name, string value, IReadOnlyDictionary<string, string>? tags = null, bool enabled = true, CancellationToken cancellationToken = default)
    {
        var secret = new KeyVaultSecret(name, value);
        secret.Properties.Enabled = enabled;
        foreach (var (key, tag) in tags ?? new Dictionary<string, string>())
        {
            secret.Properties.Tags[key] = tag;
        }

        await _secrets.Value.SetSecretAsync(secret, cancellationToken);
    }

    /// <summary>A store reading this vault with the service principal's secret.</summary>
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
