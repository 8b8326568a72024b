using Ferry.Testing;

namespace Ferry.EndToEnd.Tests;

/// <summary>
/// One <c>ferry dev --apply examples/quickstart</c> process per test class (its kubeconfig in a temporary folder),
/// killed at the end whatever happened.
/// </summary>
public sealed class DevFixture : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ferry-e2e-dev-").FullName;
    private FerryProcess? _ferry;

    internal FerryProcess Ferry => _ferry ?? throw new InvalidOperationException("ferry dev has not started.");

    internal Kubectl Kubectl { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var kubeconfig = Path.Combine(_folder, "kubeconfig");
        _ferry = FerryProcess.Start("dev", "--apply", Path.Combine(RepoPaths.RepoRoot, "examples", "quickstart"), "--kubeconfig", kubeconfig);
        await _ferry.WaitForLineAsync(line => line.StartsWith("ferry dev is ready", StringComparison.Ordinal), TimeSpan.FromSeconds(120));
        Kubectl = new Kubectl(kubeconfig);
    }

    public async Task DisposeAsync()
    {
        if (_ferry is not null)
        {
            await _ferry.DisposeAsync();
        }

        Directory.Delete(_folder, recursive: true);
    }
}
