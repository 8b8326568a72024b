using Ferry.LocalCluster;
using Ferry.Runtime.Client;
using Ferry.Runtime.Diagnostics;
using k8s;
using k8s.Models;

namespace Ferry.Runtime.Tests;

/// <summary>
/// One local cluster per test class, reached over HTTPS through Ferry's own client; a short watch history and
/// frequent bookmarks make 410 Gone and BOOKMARK quick to reach.
/// </summary>
public sealed class ClusterFixture : IAsyncLifetime, IDisposable
{
    public const int HistorySize = 50;

    private LocalClusterServer? _server;
    private KubeClient? _client;

    public RuntimeMetrics Metrics { get; } = new();

    public LocalClusterServer Server => _server ?? throw new InvalidOperationException("The fixture has not started.");

    public KubeClient Client => _client ?? throw new InvalidOperationException("The fixture has not started.");

    public KubernetesClientConfiguration Configuration => KubernetesClientConfiguration.BuildConfigFromConfigFile(Server.KubeconfigPath);

    public async Task InitializeAsync()
    {
        _server = await LocalClusterServer.StartAsync(new LocalClusterOptions
        {
            WatchHistorySize = HistorySize,
            BookmarkInterval = TimeSpan.FromMilliseconds(200),
        });
        _client = NewClient(TimeProvider.System);
    }

    /// <summary>A second client (e.g. for a second manager), optionally on another clock.</summary>
    public KubeClient NewClient(TimeProvider time) => KubeClient.Create(Configuration, new KubeClientOptions { Qps = 0 }, Metrics, time);

    public void Dispose()
    {
        _client?.Dispose();
        _client = null;
        Metrics.Dispose();
    }

    public async Task DisposeAsync()
    {
        Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    public async Task<string> CreateNamespaceAsync(string prefix)
    {
        var created = await Client.CreateAsync(ResourceType.For<V1Namespace>(), new V1Namespace
        {
            Metadata = new V1ObjectMeta { GenerateName = prefix + "-" },
        }, CancellationToken.None);
        return created.Metadata.Name;
    }

    public static readonly ResourceType ConfigMaps = ResourceType.For<V1ConfigMap>();

    public static readonly ResourceType Secrets = ResourceType.For<V1Secret>();

    public static V1ConfigMap ConfigMap(string ns, string name, string value = "v", IDictionary<string, string>? labels = null) => new()
    {
        Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = ns, Labels = labels },
        Data = new Dictionary<string, string> { ["value"] = value },
    };
}
