using Ferry.Api.V1;
using Ferry.Api.V1Alpha1;
using Ferry.Providers.Gcp;
using Ferry.Providers.Tests.Contract;

namespace Ferry.Providers.Tests.Gcp;

/// <summary>
/// The contract suite against the fake, or against real Secret Manager when FERRY_TEST_GCP_PROJECT and
/// FERRY_TEST_GCP_KEY_FILE (a service account key JSON file) are set; then the seed is pushed through the provider.
/// Secret Manager numbers versions itself, so the suite's named versions (v1, v2) are off; GcpReadTests cover numbers.
/// </summary>
internal sealed class GcpContractFixture : ProviderContractFixture
{
    private readonly string? _realProject = Environment.GetEnvironmentVariable("FERRY_TEST_GCP_PROJECT");
    private readonly string? _realKeyFile = Environment.GetEnvironmentVariable("FERRY_TEST_GCP_KEY_FILE");
    private readonly GcpSecretManagerSecretsProvider _realProvider = new();
    private GcpTestBackend? _fake;

    private bool IsReal => !string.IsNullOrEmpty(_realProject) && !string.IsNullOrEmpty(_realKeyFile);

    public override ISecretsProvider Provider => _fake?.Provider ?? (ISecretsProvider)_realProvider;

    public override bool SupportsVersions => false;

    public override async ValueTask<ISecretsClient> CreateClientAsync(IReadOnlyList<ContractSecret> seed, CancellationToken cancellationToken)
    {
        if (IsReal)
        {
            var secrets = new DictionarySecretSource();
            secrets.Add("default", "gcp-key", "1", ("credentials.json", await File.ReadAllTextAsync(_realKeyFile!, cancellationToken)));
            var identity = TestStores.Identity();
            var spec = GcpTestBackend.KeySpec();
            spec.ProjectID = _realProject;
            var client = await _realProvider.CreateClientAsync(
                new StoreContext(identity, new SecretStoreSpec { Provider = new SecretStoreProvider { GcpSecretManager = spec } }, "default", new StoreCredentials(identity, "default", secrets)),
                cancellationToken);
            foreach (var secret in seed.Where(s => s.Version is null))
            {
                await client.PushSecretAsync(
                    new PushSecretRequest(
                        new Dictionary<string, SecretValue> { ["v"] = SecretValue.FromString(secret.Value) },
                        new PushSecretData { Match = new PushSecretMatch { SecretKey = "v", RemoteRef = new PushSecretRemoteRef { RemoteKey = secret.Key } } }),
                    cancellationToken);
            }

            return client;
        }

        _fake = await GcpTestBackend.StartAsync();
        foreach (var secret in seed)
        {
            _fake.Fake.AddVersion(secret.Key, secret.Value);
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
