using Ferry.Providers.Tests.Contract;

namespace Ferry.Providers.Tests.Azure;

public sealed class AzureProviderContractTests() : SecretsClientContractTests(new AzureContractFixture());
