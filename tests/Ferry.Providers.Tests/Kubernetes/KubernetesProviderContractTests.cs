using Ferry.Providers.Tests.Contract;

namespace Ferry.Providers.Tests.Kubernetes;

[Trait("Category", "Integration")]
public sealed class KubernetesProviderContractTests(KubernetesClusterFixture cluster)
    : SecretsClientContractTests(new KubernetesContractFixture(cluster)), IClassFixture<KubernetesClusterFixture>;
