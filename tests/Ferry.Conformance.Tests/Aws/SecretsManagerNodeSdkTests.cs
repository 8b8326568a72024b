using System.Diagnostics;
using Ferry.Testing;
using Ferry.Testing.Backends.Aws;

namespace Ferry.Conformance.Tests.Aws;

/// <summary>
/// The npm AWS SDK v3 Secrets Manager client (no .NET Secrets Manager package is served) against the fake: the script
/// tests/conformance-clients/aws/secrets-manager.mjs checks every answer; needs node on PATH and `npm ci` run in
/// tests/conformance-clients.
/// </summary>
[Trait("Category", "Integration")]
public sealed class SecretsManagerNodeSdkTests : IAsyncLifetime
{
    private AwsFake _fake = null!;

    public async Task InitializeAsync() => _fake = await AwsFake.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    [Fact]
    public async Task NodeSdk_FullSecretsManagerScript_AgreesWithTheFake()
    {
        var (exit, output, error) = await RunNodeAsync(Path.Combine(RepoPaths.RepoRoot, "tests", "conformance-clients", "aws", "secrets-manager.mjs"));

        Assert.True(exit == 0, $"node exited {exit}: {error}\n{output}");
        Assert.Contains("all ok", output, StringComparison.Ordinal);
        var pushed = _fake.SecretsManager.Find("node/db")!;
        Assert.Equal("""{"user":"root"}""", pushed.Current!.SecretString);
        Assert.Equal("prod", pushed.Tags["env"]);
        Assert.Null(_fake.SecretsManager.Find("node/page-3"));
        Assert.Contains(_fake.Requests, r => r.Operation == "GetSecretValue" && r.Status == 400);
        Assert.All(_fake.Requests.Where(r => r.Status == 200), r => Assert.Equal(_fake.DefaultKey.AccessKeyId, r.AccessKeyId));
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
        info.Environment["FERRY_AWS_ENDPOINT"] = _fake.Endpoint.ToString().TrimEnd('/');
        info.Environment["FERRY_AWS_REGION"] = _fake.Region;
        info.Environment["FERRY_AWS_ACCESS_KEY_ID"] = _fake.DefaultKey.AccessKeyId;
        info.Environment["FERRY_AWS_SECRET_ACCESS_KEY"] = _fake.DefaultKey.SecretAccessKey;
        foreach (var ambient in new[] { "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE" })
        {
            info.Environment.Remove(ambient);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("node did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(deadline.Token);
        return (process.ExitCode, await output, await error);
    }
}
