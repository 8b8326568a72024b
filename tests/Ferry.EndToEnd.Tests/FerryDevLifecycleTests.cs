using Ferry.Testing;

namespace Ferry.EndToEnd.Tests;

/// <summary>How <c>ferry dev</c> starts and stops, each test with a process of its own.</summary>
[Trait("Category", "Integration")]
public sealed class FerryDevLifecycleTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ferry-e2e-dev-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Dev_Sigterm_StopsCleanlyWithStatusZero()
    {
        var kubeconfig = Path.Combine(_folder, "kubeconfig");
        await using var ferry = FerryProcess.Start("dev", "--kubeconfig", kubeconfig);
        var hint = await ferry.WaitForLineAsync(line => line.StartsWith("Try: kubectl --kubeconfig ", StringComparison.Ordinal), TimeSpan.FromSeconds(120));
        await ferry.WaitForLineAsync(line => line.StartsWith("ferry dev is ready", StringComparison.Ordinal));
        Assert.Contains(kubeconfig, hint, StringComparison.Ordinal);
        var kubectl = new Kubectl(kubeconfig);
        Assert.Contains("externalsecrets.external-secrets.io", await kubectl.RunAsync("get", "crds", "-o", "name"), StringComparison.Ordinal);

        Assert.Equal(0, await ferry.TerminateAsync(TimeSpan.FromSeconds(30)));
        Assert.Contains("Stopping.", ferry.Output);
    }

    [Fact]
    public async Task Dev_ApplyPathMissing_FailsBeforeStarting()
    {
        await using var ferry = FerryProcess.Start("dev", "--kubeconfig", Path.Combine(_folder, "kubeconfig"), "--apply", Path.Combine(_folder, "absent"));
        await Eventually.True(() => ferry.HasExited, "ferry dev exited", TimeSpan.FromSeconds(60));
        Assert.Equal(1, ferry.ExitCode);
        Assert.Contains("no such file or directory", ferry.Transcript, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "kubeconfig")));
    }
}
