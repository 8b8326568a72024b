using Ferry.Controllers.Operator;
using Ferry.LocalCluster;
using Ferry.Runtime.Client;
using Ferry.Runtime.Diagnostics;
using k8s;
using Microsoft.Extensions.Logging;

namespace Ferry.Dev;

/// <summary>
/// The embedded default: a local cluster with Ferry's CRDs installed and the operator running against it, in this
/// process. The operator talks to the cluster over HTTPS through its kubeconfig, exactly as it would to a real API
/// server. Dispose to stop the operator first, then the cluster.
/// </summary>
internal sealed class DevEnvironment : IAsyncDisposable
{
    private readonly KubeClient _operatorClient;

    private DevEnvironment(LocalClusterServer cluster, KubeClient client, RuntimeMetrics metrics, int crdCount, KubeClient operatorClient, FerryOperator running)
    {
        Cluster = cluster;
        Client = client;
        Metrics = metrics;
        CrdCount = crdCount;
        _operatorClient = operatorClient;
        Operator = running;
    }

    public FerryOperator Operator { get; }

    public LocalClusterServer Cluster { get; }

    /// <summary>A client for the cluster (the operator has its own).</summary>
    public KubeClient Client { get; }

    public RuntimeMetrics Metrics { get; }

    public int CrdCount { get; }

    public string KubeconfigPath => Cluster.KubeconfigPath;

    public static async Task<DevEnvironment> StartAsync(DevOptions options, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(loggers);
        var cluster = await LocalClusterServer.StartAsync(
            new LocalClusterOptions { Port = options.Port, KubeconfigPath = options.KubeconfigPath, Time = options.Time }, cancellationToken);
        var metrics = new RuntimeMetrics();
        var configuration = KubernetesClientConfiguration.BuildConfigFromConfigFile(cluster.KubeconfigPath);
        var client = KubeClient.Create(configuration, new KubeClientOptions { Qps = 0 }, metrics, options.Time);
        // The operator has a client of its own, as it would in a pod: its requests are its own to count.
        var operatorClient = KubeClient.Create(configuration, options.OperatorClient, metrics, options.Time);
        try
        {
            var crds = await CrdInstaller.InstallAsync(client, cancellationToken);
            var running = await DevOperator.StartAsync(operatorClient, options.Time, loggers, cancellationToken);
            return new DevEnvironment(cluster, client, metrics, crds, operatorClient, running);
        }
        catch
        {
            operatorClient.Dispose();
            client.Dispose();
            metrics.Dispose();
            await cluster.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Operator.DisposeAsync();
        _operatorClient.Dispose();
        Client.Dispose();
        Metrics.Dispose();
        await Cluster.DisposeAsync();
    }
}
