using System.Globalization;
using Ferry.Api.V1;
using Ferry.Api.V1.Providers.Fake;
using Ferry.Runtime.Client;
using k8s.Models;

namespace Ferry.Benchmarks.Operator;

/// <summary>
/// The objects of the scale scenario: N namespaces, each with a fake SecretStore holding one key per
/// ExternalSecret of that namespace, and count/N ExternalSecrets reading one key each into a Secret of their own.
/// </summary>
internal sealed record ScaleWorkload(int Count, int Namespaces, string RefreshInterval)
{
    public const int Parallelism = 16;

    public static readonly ResourceType ExternalSecrets = ResourceType.For<ExternalSecret>();
    public static readonly ResourceType SecretStores = ResourceType.For<SecretStore>();
    public static readonly ResourceType Secrets = ResourceType.For<V1Secret>();

    public static string NamespaceName(int n) => $"scale-{n:D3}";

    public IEnumerable<(string Namespace, string Name, int Index)> Items =>
        Enumerable.Range(0, Count).Select(i => (NamespaceName(i % Namespaces), $"es-{i / Namespaces:D5}", i / Namespaces));

    public int PerNamespace => (Count + Namespaces - 1) / Namespaces;

    public async Task CreateNamespacesAndStoresAsync(IKubeClient client)
    {
        await Parallel.ForEachAsync(Enumerable.Range(0, Namespaces), new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (n, token) =>
        {
            var ns = NamespaceName(n);
            await client.CreateAsync(ResourceType.For<V1Namespace>(), new V1Namespace { Metadata = new V1ObjectMeta { Name = ns } }, token);
            await client.CreateAsync(SecretStores, Store(ns), token);
        });
    }

    public Task CreateExternalSecretsAsync(IKubeClient client, Func<ExternalSecret, CancellationToken, ValueTask>? created = null) =>
        Parallel.ForEachAsync(Items, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (item, token) =>
        {
            var externalSecret = await client.CreateAsync(ExternalSecrets, ExternalSecret(item.Namespace, item.Name, item.Index), token);
            if (created is not null)
            {
                await created(externalSecret, token);
            }
        });

    public static string Value(int index) => $"value-{index:D5}-{new string('x', 32)}";

    public SecretStore Store(string ns) => new()
    {
        Metadata = new V1ObjectMeta { Name = "fake", NamespaceProperty = ns },
        Spec = new SecretStoreSpec
        {
            Provider = new SecretStoreProvider
            {
                Fake = new FakeProvider
                {
                    Data = [.. Enumerable.Range(0, PerNamespace + 1).Select(i => new FakeProviderData { Key = Key(i), Value = Value(i) })],
                },
            },
        },
    };

    public ExternalSecret ExternalSecret(string ns, string name, int index) => new()
    {
        Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = ns },
        Spec = new ExternalSecretSpec
        {
            RefreshInterval = RefreshInterval,
            SecretStoreRef = new SecretStoreRef { Kind = SecretStoreKind.SecretStore, Name = "fake" },
            Target = new ExternalSecretTarget { Name = name },
            Data = [new ExternalSecretData { SecretKey = "value", RemoteRef = new ExternalSecretDataRemoteRef { Key = Key(index) } }],
        },
    };

    private static string Key(int index) => "/scale/" + index.ToString("D5", CultureInfo.InvariantCulture);
}
