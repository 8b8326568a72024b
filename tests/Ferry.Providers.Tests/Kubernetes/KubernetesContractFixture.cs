using Ferry.Providers.Kubernetes;
using Ferry.Providers.Tests.Contract;
using Ferry.Providers.Values;

namespace Ferry.Providers.Tests.Kubernetes;

/// <summary>
/// The contract data as Secrets of a fresh namespace: a JSON value becomes a Secret with one data key per member,
/// a plain value a Secret with the single key <c>value</c>. Kubernetes Secrets have no versions.
/// </summary>
internal sealed class KubernetesContractFixture(KubernetesClusterFixture cluster) : ProviderContractFixture
{
    public const string ValueKey = "value";

    private KubernetesSecretsProvider? _provider;

    public override ISecretsProvider Provider => _provider ??= cluster.Provider();

    public override bool SupportsVersions => false;

    // ESO's kubernetes provider reports a missing property as an error, not as not-found.
    public override bool MissingPropertyIsNotFound => false;

    public override string? PlainValueProperty => ValueKey;

    public override async ValueTask<ISecretsClient> CreateClientAsync(IReadOnlyList<ContractSecret> seed, CancellationToken cancellationToken)
    {
        var ns = await cluster.CreateNamespaceAsync("contract");
        foreach (var secret in seed.Where(s => s.Version is null))
        {
            var data = secret.Value.StartsWith('{')
                ? SecretMaps.FromJsonObject(SecretValue.FromString(secret.Value)).ToDictionary(e => e.Key, e => e.Value.Reveal())
                : new Dictionary<string, string> { [ValueKey] = secret.Value };
            await cluster.PutSecretAsync(ns, secret.Key, data);
        }

        var auth = await cluster.AdminTokenAuthAsync(ns, "contract-credentials");
        return await Provider.CreateClientAsync(cluster.Context(ns, cluster.Spec(ns, auth)), cancellationToken);
    }
}
