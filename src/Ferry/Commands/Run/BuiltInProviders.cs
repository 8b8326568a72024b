using Ferry.Providers;
using Ferry.Providers.Aws;
using Ferry.Providers.Azure;
using Ferry.Providers.Fake;
using Ferry.Providers.Gcp;
using Ferry.Providers.Kubernetes;
using Ferry.Providers.Vault;
using Ferry.Providers.Webhook;
using k8s;

namespace Ferry.Commands.Run;

/// <summary>
/// The providers this build of Ferry implements. A store naming any other spec.provider key is reported not Ready,
/// naming the provider. Adding a backend is one line here (and a project reference in Ferry.csproj).
/// </summary>
internal static class BuiltInProviders
{
    /// <param name="operatorCluster">The operator's own connection: the kubernetes provider mints ServiceAccount
    /// tokens and reads caProvider ConfigMaps through it.</param>
    /// <param name="time">The clock every provider's token lifetimes and retries run on.</param>
    public static IReadOnlyList<ISecretsProvider> Create(IKubernetes operatorCluster, TimeProvider time) =>
    [
        new FakeSecretsProvider(),
        new KubernetesSecretsProvider(operatorCluster, time),
        new VaultSecretsProvider(new VaultProviderOptions { Time = time }),
        new AwsSecretsProvider(new AwsProviderOptions { Time = time }),
        new AzureKeyVaultSecretsProvider(AzureKeyVaultProviderOptions.FromEnvironment()),
        new GcpSecretManagerSecretsProvider(new GcpSecretManagerProviderOptions
        {
            TimeProvider = time,
            SecretManagerEndpoint = GcpSecretManagerProviderOptions.EndpointFromEnvironment(),
        }),
        new WebhookSecretsProvider(time),
    ];
}
