using System.Diagnostics;
using Ferry.Testing.Backends.Gcp;

namespace Ferry.Conformance.Tests.Gcp;

/// <summary>
/// gcloud (the Google Cloud SDK on PATH) against the GCP fake: endpoint override, an access-token file, no login.
/// gcloud checks dataCrc32c on reads and sends it on writes, so these also prove the fake's checksums.
/// </summary>
[Trait("Category", "Integration")]
public sealed class GcloudConformanceTests : IAsyncLifetime
{
    private const string Token = "ya29.gcloud-conformance";
    private readonly DirectoryInfo _config = Directory.CreateTempSubdirectory("ferry-gcloud-");
    private GcpSecretManagerFake _fake = null!;

    public async Task InitializeAsync()
    {
        _fake = await GcpSecretManagerFake.StartAsync();
        _fake.AddAccessToken(Token);
        await File.WriteAllTextAsync(Path.Combine(_config.FullName, "token"), Token);
    }

    public async Task DisposeAsync()
    {
        await _fake.DisposeAsync();
        _config.Delete(recursive: true);
    }

    [Fact]
    public async Task VersionsAccess_LatestAndNumbered_PrintThePayload()
    {
        _fake.AddVersion("db", "first");
        _fake.AddVersion("db", "second");

        var latest = await GcloudAsync(null, "secrets", "versions", "access", "latest", "--secret=db");
        var first = await GcloudAsync(null, "secrets", "versions", "access", "1", "--secret=db");

        Assert.Equal((0, "second"), (latest.Exit, latest.Output));
        Assert.Equal((0, "first"), (first.Exit, first.Output));
        Assert.True(_fake.Calls("access") >= 2);
    }

    [Fact]
    public async Task VersionsAccess_MissingVersion_ReportsNotFound()
    {
        _fake.AddVersion("db", "first");

        var result = await GcloudAsync(null, "secrets", "versions", "access", "7", "--secret=db");

        Assert.NotEqual(0, result.Exit);
        Assert.Contains("NOT_FOUND", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_WithLabelFilter_ListsMatchingSecrets()
    {
        _fake.AddSecret("app-a", new Dictionary<string, string> { ["team"] = "a" });
        _fake.AddSecret("app-b", new Dictionary<string, string> { ["team"] = "b" });

        var result = await GcloudAsync(null, "secrets", "list", "--filter=labels.team=a", "--format=value(name)");

        Assert.Equal(0, result.Exit);
        Assert.Contains("app-a", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("app-b", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_WithDataFile_StoresPayloadWithChecksum()
    {
        var result = await GcloudAsync("pushed-by-gcloud", "secrets", "create", "created", "--data-file=-", "--labels=managed-by=external-secrets");

        Assert.True(result.Exit == 0, result.Error);
        Assert.Equal("pushed-by-gcloud", _fake.LatestValue("created"));
        Assert.Equal("external-secrets", _fake.GetSecret("created")!.Labels["managed-by"]);
    }

    private async Task<(int Exit, string Output, string Error)> GcloudAsync(string? input, params string[] arguments)
    {
        var info = new ProcessStartInfo("gcloud")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["CLOUDSDK_CONFIG"] = _config.FullName;
        info.Environment["CLOUDSDK_API_ENDPOINT_OVERRIDES_SECRETMANAGER"] = _fake.Endpoint.AbsoluteUri;
        info.Environment["CLOUDSDK_AUTH_ACCESS_TOKEN_FILE"] = Path.Combine(_config.FullName, "token");
        info.Environment["CLOUDSDK_CORE_PROJECT"] = GcpSecretManagerFake.Project;
        info.Environment["CLOUDSDK_CORE_DISABLE_PROMPTS"] = "1";
        info.Environment["CLOUDSDK_CORE_DISABLE_USAGE_REPORTING"] = "true";
        info.Environment["CLOUDSDK_COMPONENT_MANAGER_DISABLE_UPDATE_CHECK"] = "true";
        using var process = Process.Start(info) ?? throw new InvalidOperationException("gcloud did not start");
        await process.StandardInput.WriteAsync(input ?? string.Empty);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(deadline.Token);
        return (process.ExitCode, await output, await error);
    }
}
