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
    private readonly AzureRealVault? _real = AzureRealVault.FromEnvironment();
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
            // A real vault numbers versions itself: the newest seeded version is the one the suite reads.
            foreach (var secret in seed.Where(s => s.Version is null or "v2"))
            {
                await _real.SetSecretAsync(secret.Key, secret.Value, cancellationToken: cancellationToken);
            }

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
}
