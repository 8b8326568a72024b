using System.Diagnostics;
using System.Text.Json.Nodes;
using Ferry.Testing;

namespace Ferry.Conformance.Tests.Vault;

/// <summary>Runs a script of tests/conformance-clients with node and returns the JSON it prints.</summary>
internal static class NodeScript
{
    public static async Task<JsonObject> RunAsync(string script, IReadOnlyDictionary<string, string> environment)
    {
        var folder = Path.Combine(RepoPaths.RepoRoot, "tests", "conformance-clients");
        if (!Directory.Exists(Path.Combine(folder, "node_modules")))
        {
            throw new InvalidOperationException($"run `npm ci` in {folder} first (.ci/run does)");
        }

        var info = new ProcessStartInfo("node", script)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // node-vault falls back to these; a developer's own Vault settings must not leak into the run.
        foreach (var inherited in (string[])["VAULT_ADDR", "VAULT_TOKEN", "VAULT_NAMESPACE", "VAULT_PREFIX"])
        {
            info.Environment.Remove(inherited);
        }

        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("node did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"node {script} exited with {process.ExitCode}: {await error}");
        }

        return JsonNode.Parse(await output)!.AsObject();
    }
}
