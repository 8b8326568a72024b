using Ferry.Api.V1;
using Ferry.Controllers.Operator;
using Ferry.LocalCluster;
using Ferry.Providers;
using Ferry.Providers.Fake;
using Ferry.Runtime.Client;
using Ferry.Runtime.Diagnostics;
using Ferry.Testing;
using k8s;
using k8s.Models;
using Microsoft.Extensions.Logging.Abstractions;

namespace Ferry.Controllers.Tests.Operator;

/// <summary>
/// One local cluster per test class with Ferry's CRDs installed, reached over HTTPS through Ferry's own client, and
/// helpers to start an operator on it and to create stores and namespaces with unique names.
/// </summary>
public sealed class OperatorCluster : IAsyncLifetime
{
    public static readonly ResourceType SecretStores = ResourceType.For<SecretStore>();
    public static readonly ResourceType ClusterSecretStores = ResourceType.For<ClusterSecretStore>();
    public static readonly ResourceType Secrets = ResourceType.For<V1Secret>();
    public static readonly ResourceType Namespaces = ResourceType.For<V1Namespace>();

    private static readonly string[] CrdFiles =
    [
        "external-secrets.io_secretstores.yaml",
        "external-secrets.io_clustersecretstores.yaml",
        "external-secrets.io_externalsecrets.yaml",
    ];

    private LocalClusterServer? _server;
    private KubeClient? _client;

    public RuntimeMetrics Metrics { get; } = new();

    public LocalClusterServer Server => _server ?? throw new InvalidOperationException("The fixture has not started.");

    public KubeClient Client => _client ?? throw new InvalidOperationException("The fixture has not started.");

    public async Task InitializeAsync()
    {
        _server = await LocalClusterServer.StartAsync(new LocalClusterOptions());
        var configuration = KubernetesClientConfiguration.BuildConfigFromConfigFile(_server.KubeconfigPath);
        _client = KubeClient.Create(configuration, new KubeClientOptions { Qps = 0 }, Metrics, TimeProvider.System);
        foreach (var file in CrdFiles)
        {
            var crd = KubernetesYaml.Deserialize<V1CustomResourceDefinition>(
                await File.ReadAllTextAsync(Path.Combine(RepoPaths.RepoRoot, "deploy", "crds", file)));
            await _client.CreateAsync(ResourceType.For<V1CustomResourceDefinition>(), crd, CancellationToken.None);
        }

        await Eventually.True(async () =>
        {
            try
            {
                await _client.ListAsync<ClusterSecretStore>(ClusterSecretStores, null, null, CancellationToken.None);
                return true;
            }
            catch (Exception ex) when (ApiError.Classify(ex) == ApiErrorKind.NotFound)
            {
                return false;
            }
        }, "the store CRDs are served");
    }

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        Metrics.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    /// <summary>Options for a quiet in-process operator: no listeners, credentials re-read on every resolve.</summary>
    public static FerryOperatorOptions QuietOptions() => new()
    {
        MetricsAddress = "0",
        LiveAddress = "0",
        CredentialsRecheckInterval = TimeSpan.Zero,
    };

    public async Task<FerryOperator> StartOperatorAsync(FerryOperatorOptions? options = null, params ISecretsProvider[] providers)
    {
        var op = FerryOperator.Create(
            Client, options ?? QuietOptions(), providers.Length == 0 ? [new FakeSecretsProvider()] : providers, NullLoggerFactory.Instance);
        op.Start();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await op.WaitUntilReadyAsync(timeout.Token);
        return op;
    }

    public async Task<string> CreateNamespaceAsync(string prefix, IDictionary<string, string>? labels = null)
    {
        var created = await Client.CreateAsync(Namespaces, new V1Namespace
        {
            Metadata = new V1ObjectMeta { GenerateName = prefix + "-", Labels = labels },
        }, CancellationToken.None);
        return created.Metadata.Name;
    }

    public static string UniqueName(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 9)];

    public static SecretStoreSpec FakeSpec(int? validationResult = null, params (string Key, string Value)[] data) => new()
    {
        Provider = new SecretStoreProvider
        {
            Fake = new Api.V1.Providers.Fake.FakeProvider
            {
                ValidationResult = validationResult,
                Data = [.. data.Select(d => new Api.V1.Providers.Fake.FakeProviderData { Key = d.Key, Value = d.Value })],
            },
        },
    };

    public Task<SecretStore> CreateSecretStoreAsync(string ns, string name, SecretStoreSpec spec) =>
        Client.CreateAsync(SecretStores, new SecretStore { Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = ns }, Spec = spec }, CancellationToken.None);

    public Task<ClusterSecretStore> CreateClusterSecretStoreAsync(string name, SecretStoreSpec spec) =>
        Client.CreateAsync(ClusterSecretStores, new ClusterSecretStore { Metadata = new V1ObjectMeta { Name = name }, Spec = spec }, CancellationToken.None);

    /// <summary>Waits until the store's Ready condition has the given status, and returns the store.</summary>
    public Task<SecretStore?> WaitForSecretStoreAsync(string ns, string name, string ready) =>
        Eventually.UntilAsync(
            () => Client.GetAsync<SecretStore>(SecretStores, ns, name, CancellationToken.None),
            store => ReadyOf(store?.Status) == ready);

    public Task<ClusterSecretStore?> WaitForClusterSecretStoreAsync(string name, string ready) =>
        Eventually.UntilAsync(
            () => Client.GetAsync<ClusterSecretStore>(ClusterSecretStores, null, name, CancellationToken.None),
            store => ReadyOf(store?.Status) == ready);

    public static StatusCondition? ReadyCondition(SecretStoreStatus? status) => status?.Conditions?.FirstOrDefault(c => c.Type == "Ready");

    private static string? ReadyOf(SecretStoreStatus? status) => ReadyCondition(status)?.Status;
}
