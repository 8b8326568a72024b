using Ferry.Providers.Tests.Contract;

namespace Ferry.Providers.Tests.Vault;

public sealed class VaultProviderContractTests() : SecretsClientContractTests(new VaultContractFixture());
