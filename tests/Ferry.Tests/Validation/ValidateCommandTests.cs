using System.Diagnostics;
using System.Text.Json;
using Ferry.Testing;

namespace Ferry.Tests.Validation;

public sealed class ValidateCommandTests : IDisposable
{
    private const string GoodExternalSecret = """
        apiVersion: external-secrets.io/v1
        kind: ExternalSecret
        metadata:
          name: good
          namespace: app
        spec:
          secretStoreRef:
            name: vault
          data:
            - secretKey: password
              remoteRef:
                key: db/password
        """;

    private const string SecretWithValue = """
        apiVersion: v1
        kind: Secret
        metadata:
          name: creds
          namespace: app
        stringData:
          password: hunter2-do-not-print
        """;

    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("ferry-validate-");

    public void Dispose() => _directory.Delete(recursive: true);

    [Fact]
    public async Task Invoke_ValidManifest_ExitsZeroAndPrintsOnlyTheSummary()
    {
        var file = Write("good.yaml", GoodExternalSecret);

        var run = await ValidateRun.InvokeAsync("-f", file);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("summary: 1 file, 1 document, 1 checked, 0 skipped, 0 problems" + Environment.NewLine, run.Output);
    }

    [Fact]
    public async Task Invoke_SecretWithValue_ExitsOneAndNeverPrintsTheValue()
    {
        var file = Write("secret.yaml", SecretWithValue);

        var text = await ValidateRun.InvokeAsync("-f", file);
        var json = await ValidateRun.InvokeAsync("-f", file, "--output", "json");

        Assert.Equal(1, text.ExitCode);
        Assert.Equal(1, json.ExitCode);
        Assert.StartsWith($"{file}:1 Secret app/creds stringData: a secret committed to Git: stringData holds values for key password;", text.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", text.Output + text.Error + json.Output + json.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_JsonOutput_PrintsOneObjectWithProblemsAndSummary()
    {
        var file = Write("two.yaml", GoodExternalSecret + "\n---\n" + """
            apiVersion: external-secrets.io/v1
            kind: ExternalSecret
            metadata:
              name: bad
              namespace: app
            spec:
              target:
                creationPolicy: None
                deletionPolicy: Delete
              data:
                - secretKey: password
                  remoteRef:
                    key: db/password
            """);

        var run = await ValidateRun.InvokeAsync("-f", file, "-o", "json");

        Assert.Equal(1, run.ExitCode);
        using var report = JsonDocument.Parse(run.Output);
        var problem = Assert.Single(report.RootElement.GetProperty("problems").EnumerateArray());
        Assert.Equal(file, problem.GetProperty("file").GetString());
        Assert.Equal(2, problem.GetProperty("document").GetInt32());
        Assert.Equal(14, problem.GetProperty("line").GetInt32());
        Assert.Equal("external-secrets.io/v1", problem.GetProperty("apiVersion").GetString());
        Assert.Equal("ExternalSecret", problem.GetProperty("kind").GetString());
        Assert.Equal("app", problem.GetProperty("namespace").GetString());
        Assert.Equal("bad", problem.GetProperty("name").GetString());
        Assert.Equal("spec.target.deletionPolicy", problem.GetProperty("field").GetString());
        Assert.StartsWith("deletionPolicy=Delete must not be used", problem.GetProperty("message").GetString(), StringComparison.Ordinal);
        var summary = report.RootElement.GetProperty("summary");
        Assert.Equal(
            (1, 2, 2, 0, 1),
            (summary.GetProperty("files").GetInt32(), summary.GetProperty("documents").GetInt32(), summary.GetProperty("checked").GetInt32(),
             summary.GetProperty("skipped").GetInt32(), summary.GetProperty("problems").GetInt32()));
    }

    [Fact]
    public async Task Invoke_Directory_ReadsManifestsRecursivelyAndSkipsHiddenDirectoriesAndOtherFiles()
    {
        Write("a.yaml", GoodExternalSecret);
        Write("nested/deeper/b.yml", GoodExternalSecret.Replace("name: good", "name: b", StringComparison.Ordinal));
        Write("nested/c.json", """{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "c"}}""");
        Write("nested/notes.txt", "not: read");
        Write(".git/config.yaml", "not: [read");

        var run = await ValidateRun.InvokeAsync("-f", _directory.FullName);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("summary: 3 files, 3 documents, 2 checked, 1 skipped, 0 problems" + Environment.NewLine, run.Output);
    }

    [Fact]
    public async Task Invoke_SeveralPaths_ReportsEachProblemWithItsFileAndPosition()
    {
        var empty = Directory.CreateDirectory(Path.Combine(_directory.FullName, "empty")).FullName;
        var missing = Path.Combine(_directory.FullName, "missing.yaml");
        var badYaml = Write("bad.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: [x}\n");
        var binary = Write("binary.yaml", "\0\u0001\u0002");

        var run = await ValidateRun.InvokeAsync("-f", empty, "-f", missing, "-f", badYaml, "-f", binary);

        Assert.Equal(1, run.ExitCode);
        var lines = run.Output.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal($"{empty}: no manifests (*.yaml, *.yml, *.json) found in this directory", lines[0]);
        Assert.Equal($"{missing}: no such file or directory", lines[1]);
        Assert.StartsWith($"{badYaml}:3:", lines[2], StringComparison.Ordinal);
        Assert.Contains(": invalid YAML: ", lines[2], StringComparison.Ordinal);
        Assert.Equal($"{binary}: not a text file, so not a manifest", lines[3]);
        Assert.Equal("summary: 2 files, 0 documents, 0 checked, 0 skipped, 4 problems", lines[4]);
        Assert.DoesNotContain("   at ", run.Output + run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_DashPath_ReadsStandardInput()
    {
        var run = await ValidateRun.InvokeWithInputAsync(SecretWithValue, "-f", "-");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("-:1 Secret app/creds stringData: a secret committed to Git", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new string[0], "Option '--filename' is required.")]
    [InlineData(new[] { "-f", "x.yaml", "--output", "xml" }, "Argument 'xml' not recognized.")]
    [InlineData(new[] { "-f", "x.yaml", "--strict" }, "Unrecognized command or argument '--strict'.")]
    public async Task Invoke_UsageError_ExitsTwoAndExplainsOnStandardError(string[] args, string expected)
    {
        var run = await ValidateRun.InvokeAsync(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Output);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Category", "Integration")]
    public async Task Executable_CaseWithProblem_PrintsTheReportAndExitsOne()
    {
        var file = Path.Combine(RepoPaths.RepoRoot, "tests", "Ferry.Tests", "Validation", "Cases", "es-delete-with-merge.yaml");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "ferry.dll"), "validate", "-f", file])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));

        Assert.Equal(1, process.ExitCode);
        Assert.Equal(string.Empty, error);
        Assert.Equal(
            [
                $"{file}:1 ExternalSecret app/db spec.target.deletionPolicy: deletionPolicy=Delete must not be used when the controller doesn't own the secret. Please set creationPolicy=Owner",
                "summary: 1 file, 1 document, 1 checked, 0 skipped, 1 problem",
            ],
            output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    private string Write(string relativePath, string content)
    {
        var path = Path.Combine(_directory.FullName, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }
}
