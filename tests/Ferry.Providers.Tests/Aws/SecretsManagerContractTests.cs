using Ferry.Api.V1.Providers.Aws;
using Ferry.Providers.Tests.Contract;

namespace Ferry.Providers.Tests.Aws;

public sealed class SecretsManagerContractTests() : SecretsClientContractTests(new AwsContractFixture(AwsServiceType.SecretsManager));
