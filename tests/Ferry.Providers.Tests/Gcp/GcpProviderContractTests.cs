namespace Ferry.Providers.Tests.Gcp;

public sealed class GcpProviderContractTests() : Contract.SecretsClientContractTests(new GcpContractFixture());
