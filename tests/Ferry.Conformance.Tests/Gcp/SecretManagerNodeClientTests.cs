using System.Diagnostics;
using Ferry.Testing;
using Ferry.Testing.Backends.Gcp;

namespace Ferry.Conformance.Tests.Gcp;

/// <summary>
/// The npm @google-cloud/secret-manager client in REST (fallback) mode against the GCP fake: the script
/// tests/conformance-clients/gcp/secret-manager.mjs checks every answer; needs node on PATH and `npm ci` run in
/// tests/conformance-clients.
/// </summary>
[Trait("Category", "Integration")]
public sealed class SecretManagerNodeClientTests : IAsyncLifetime
{
    private const string Token = "ya29.node-conformance";
    private GcpSecretManagerFake _fake = null!;

    public async Task InitializeAsync()
    {
        _fake = await GcpSecretManagerFake.StartAsync();
        _fake.AddAccessToken(Token);
    }

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    [Fact]
    public async Task NodeClient_RestMode_AgreesWithTheFake()
    {
        _fake.AddSecret("db", new Dictionary<string, string> { ["team"] = "a" });
        _fake.AddVersion("db", "first");
        _fake.AddVersion("db", "second");
        _fake.AddSecret("other", new Dictionary<string, string> { ["team"] = "b" });

        var (exit, output, error) = await RunNodeAsync(Path.Combine(RepoPaths.RepoRoot, "tests", "conformance-clients", "gcp", "secret-manager.mjs"));

        Assert.True(exit == 0, $"node exited {exit}: {error}\n{output}");
        Assert.Contains("all ok", output, StringComparison.Ordinal);
        Assert.Equal("from-node", _fake.LatestValue("node-created"));
        Assert.Equal("external-secrets", _fake.GetSecret("node-created")!.Labels["managed-by"]);
    }

    private async Task<(int Exit, string Output, string Error)> RunNodeAsync(string script)
    {
        var info = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(script)!,
        };
        info.ArgumentList.Add(script);
        info.Environment["FERRY_GCP_HOST"] = "127.0.0.1";
        info.Environment["FERRY_GCP_PORT"] = _fake.Endpoint.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        info.Environment["FERRY_GCP_PROJECT"] = GcpSecretManagerFake.Project;
        info.Environment["FERRY_GCP_TOKEN"] = Token;
        info.Environment.Remove("GOOGLE_APPLICATION_CREDENTIALS");
        using var process = Process.Start(info) ?? throw new InvalidOperationException("node did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(deadline.Token);
        return (process.ExitCode, await output, await error);
    }
}
