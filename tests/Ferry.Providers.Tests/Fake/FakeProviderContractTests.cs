using Ferry.Providers.Tests.Contract;

namespace Ferry.Providers.Tests.Fake;

public sealed class FakeProviderContractTests() : SecretsClientContractTests(new FakeContractFixture());
