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
    private readonly CancellationTokenSource _stopping;
    private readonly Task _operator;

    private DevEnvironment(LocalClusterServer cluster, KubeClient client, RuntimeMetrics metrics, int crdCount, CancellationTokenSource stopping, Task running)
    {
        Cluster = cluster;
        Client = client;
        Metrics = metrics;
        CrdCount = crdCount;
        _stopping = stopping;
        _operator = running;
    }

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
        var client = KubeClient.Create(
            KubernetesClientConfiguration.BuildConfigFromConfigFile(cluster.KubeconfigPath), new KubeClientOptions { Qps = 0 }, metrics, options.Time);
        var stopping = new CancellationTokenSource();
        try
        {
            var crds = await CrdInstaller.InstallAsync(client, cancellationToken);
            var running = DevOperator.RunAsync(cluster.KubeconfigPath, options.Time, loggers, stopping.Token);
            return new DevEnvironment(cluster, client, metrics, crds, stopping, running);
        }
        catch
        {
            stopping.Dispose();
            client.Dispose();
            metrics.Dispose();
            await cluster.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        try
        {
            await _operator;
        }
        catch (OperationCanceledException)
        {
            // Stopping is what was asked for.
        }

        _stopping.Dispose();
        Client.Dispose();
        Metrics.Dispose();
        await Cluster.DisposeAsync();
    }
}
