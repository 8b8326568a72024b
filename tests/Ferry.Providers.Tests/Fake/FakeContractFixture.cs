using Ferry.Providers.Fake;
using Ferry.Providers.Tests.Contract;

namespace Ferry.Providers.Tests.Fake;

internal sealed class FakeContractFixture : ProviderContractFixture
{
    private readonly FakeSecretsProvider _provider = new();

    public override ISecretsProvider Provider => _provider;

    public override ValueTask<ISecretsClient> CreateClientAsync(IReadOnlyList<ContractSecret> seed, CancellationToken cancellationToken) =>
        _provider.CreateClientAsync(
            TestStores.Fake(seed.Select(s => TestStores.Data(s.Key, s.Value, s.Version))),
            cancellationToken);
}
