using Ferry.Providers.Tests.Contract;

namespace Ferry.Providers.Tests.Webhook;

[Trait("Category", "Integration")]
public sealed class WebhookProviderContractTests() : SecretsClientContractTests(new WebhookContractFixture());
