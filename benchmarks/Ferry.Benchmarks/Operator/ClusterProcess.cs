using System.Diagnostics;

namespace Ferry.Benchmarks.Operator;

/// <summary>
/// A local cluster in a child process (this benchmark started again with the hidden <c>serve-local-cluster</c>
/// scenario), so the operator's memory is measured without the API server's store in the same process. Disposing
/// kills it.
/// </summary>
internal sealed class ClusterProcess : IAsyncDisposable
{
    public const string Scenario = "serve-local-cluster";

    private readonly Process _process;

    private ClusterProcess(Process process, string kubeconfig)
    {
        _process = process;
        KubeconfigPath = kubeconfig;
    }

    public string KubeconfigPath { get; }

    public static async Task<ClusterProcess> StartAsync(string folder)
    {
        var kubeconfig = Path.Combine(folder, $"cluster-{Guid.NewGuid():N}.kubeconfig");
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, RedirectStandardInput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
        {
            start.ArgumentList.Add(typeof(ClusterProcess).Assembly.Location);
        }

        start.ArgumentList.Add(Scenario);
        start.ArgumentList.Add(kubeconfig);
        var process = Process.Start(start) ?? throw new InvalidOperationException("The cluster process did not start.");
        var ready = await process.StandardOutput.ReadLineAsync();
        if (ready != "ready")
        {
            process.Kill();
            throw new InvalidOperationException($"The cluster process said '{ready}' instead of 'ready'.");
        }

        return new ClusterProcess(process, kubeconfig);
    }

    /// <summary>The child's side: serve until stdin closes (the parent exited or disposed us).</summary>
    public static async Task ServeAsync(string kubeconfig)
    {
        await using var server = await Ferry.LocalCluster.LocalClusterServer.StartAsync(new Ferry.LocalCluster.LocalClusterOptions
        {
            KubeconfigPath = kubeconfig,
            WatchHistorySize = 50_000,
        });
        Console.WriteLine("ready");
        await Console.In.ReadToEndAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        File.Delete(KubeconfigPath);
    }
}
