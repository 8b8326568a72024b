using Ferry.LocalCluster;
using k8s;

namespace Ferry.Conformance.Tests.Kubernetes;

/// <summary>One local cluster per test class, with a KubernetesClient that trusts its CA.</summary>
public class LocalClusterFixture : IAsyncLifetime, IDisposable
{
    private LocalClusterServer? _server;
    private k8s.Kubernetes? _client;

    public LocalClusterServer Server => _server ?? throw new InvalidOperationException("The fixture has not started.");

    public k8s.Kubernetes Client => _client ?? throw new InvalidOperationException("The fixture has not started.");

    protected virtual LocalClusterOptions Options => new();

    public async Task InitializeAsync()
    {
        _server = await LocalClusterServer.StartAsync(Options);
        _client = new k8s.Kubernetes(KubernetesClientConfiguration.BuildConfigFromConfigFile(_server.KubeconfigPath));
    }

    public void Dispose()
    {
        _client?.Dispose();
        _client = null;
        GC.SuppressFinalize(this);
    }

    public async Task DisposeAsync()
    {
        Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    /// <summary>A fresh namespace so tests in one class never see each other's objects.</summary>
    public async Task<string> CreateNamespaceAsync(string prefix)
    {
        var created = await Client.CoreV1.CreateNamespaceAsync(new k8s.Models.V1Namespace
        {
            Metadata = new k8s.Models.V1ObjectMeta { GenerateName = prefix + "-" },
        });
        return created.Metadata.Name;
    }
}
