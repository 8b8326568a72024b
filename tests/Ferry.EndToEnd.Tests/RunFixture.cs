using System.Net;
using System.Net.Sockets;
using Ferry.Testing;

namespace Ferry.EndToEnd.Tests;

/// <summary>
/// <c>ferry run --kubeconfig</c> against a cluster in another process: by default a <c>ferry local-cluster</c>
/// started here with the CRDs applied by kubectl; with <c>FERRY_E2E_KUBECONFIG</c> set, that cluster instead (a
/// kind or real cluster where no other external-secrets controller runs; the CRDs are applied to it from
/// deploy/crds unless <c>FERRY_E2E_SKIP_CRDS=1</c>). Every process started here is killed at the end.
/// </summary>
public sealed class RunFixture : IAsyncLifetime
{
    public const string KubeconfigVariable = "FERRY_E2E_KUBECONFIG";
    public const string SkipCrdsVariable = "FERRY_E2E_SKIP_CRDS";

    private readonly string _folder = Directory.CreateTempSubdirectory("ferry-e2e-run-").FullName;
    private FerryProcess? _cluster;
    private FerryProcess? _operator;

    internal Kubectl Kubectl { get; private set; } = null!;

    internal FerryProcess Operator => _operator ?? throw new InvalidOperationException("ferry run has not started.");

    public async Task InitializeAsync()
    {
        var kubeconfig = Environment.GetEnvironmentVariable(KubeconfigVariable);
        if (string.IsNullOrEmpty(kubeconfig))
        {
            kubeconfig = Path.Combine(_folder, "kubeconfig");
            _cluster = FerryProcess.Start("local-cluster", "--kubeconfig", kubeconfig);
            await _cluster.WaitForLineAsync(line => line.StartsWith("Kubeconfig written to", StringComparison.Ordinal), TimeSpan.FromSeconds(120));
        }

        Kubectl = new Kubectl(kubeconfig);
        if (Environment.GetEnvironmentVariable(SkipCrdsVariable) != "1")
        {
            await Kubectl.RunAsync("apply", "--server-side", "--force-conflicts", "-f", Path.Combine(RepoPaths.RepoRoot, "deploy", "crds"));
        }

        _operator = FerryProcess.Start(
            "run", "--kubeconfig", kubeconfig,
            "--metrics-addr", $"127.0.0.1:{FreePort()}",
            "--live-addr", $"127.0.0.1:{FreePort()}");
    }

    public async Task DisposeAsync()
    {
        if (_operator is not null)
        {
            await _operator.DisposeAsync();
        }

        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }

        Directory.Delete(_folder, recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
