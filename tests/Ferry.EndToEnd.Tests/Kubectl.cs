using System.Diagnostics;
using System.Text;

namespace Ferry.EndToEnd.Tests;

/// <summary>kubectl (from PATH) against one kubeconfig: the only way these tests touch the cluster.</summary>
internal sealed class Kubectl(string kubeconfig)
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(60);

    public string Kubeconfig { get; } = kubeconfig;

    /// <summary>Runs kubectl and returns stdout; fails with stderr when it exits non-zero.</summary>
    public async Task<string> RunAsync(params string[] arguments)
    {
        var (exit, output, error) = await TryRunAsync(null, arguments);
        return exit == 0 ? output : throw new InvalidOperationException($"kubectl {string.Join(' ', arguments)} exited {exit}: {error}");
    }

    public async Task<string> ApplyAsync(string yaml)
    {
        var (exit, output, error) = await TryRunAsync(yaml, "apply", "--server-side", "--force-conflicts", "-f", "-");
        return exit == 0 ? output : throw new InvalidOperationException($"kubectl apply exited {exit}: {error}\n{yaml}");
    }

    /// <summary>One key of a Secret, decoded; null when the Secret or the key does not exist.</summary>
    public async Task<string?> SecretValueAsync(string ns, string name, string key)
    {
        var (exit, output, _) = await TryRunAsync(null, "get", "secret", name, "-n", ns, "-o", $"go-template={{{{index .data \"{key}\"}}}}");
        if (exit != 0 || output.Length == 0 || output == "<no value>")
        {
            return null;
        }

        return Encoding.UTF8.GetString(Convert.FromBase64String(output));
    }

    /// <summary>One key of a Secret as bytes (binary values such as a DER certificate); null when absent.</summary>
    public async Task<byte[]?> SecretBytesAsync(string ns, string name, string key)
    {
        var (exit, output, _) = await TryRunAsync(null, "get", "secret", name, "-n", ns, "-o", $"go-template={{{{index .data \"{key}\"}}}}");
        return exit != 0 || output.Length == 0 || output == "<no value>" ? null : Convert.FromBase64String(output);
    }

    public async Task<bool> ExistsAsync(string kind, string ns, string name)
    {
        var (exit, output, error) = await TryRunAsync(null, "get", kind, name, "-n", ns, "--ignore-not-found", "-o", "name");
        return exit == 0 ? output.Length > 0 : throw new InvalidOperationException($"kubectl get {kind} {ns}/{name} exited {exit}: {error}");
    }

    public async Task<(int Exit, string Output, string Error)> TryRunAsync(string? input, params string[] arguments)
    {
        var start = new ProcessStartInfo("kubectl")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = input is not null,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("--kubeconfig");
        start.ArgumentList.Add(Kubeconfig);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("kubectl did not start; it must be on PATH.");
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input);
            process.StandardInput.Close();
        }

        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(CommandTimeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"kubectl {string.Join(' ', arguments)} did not finish within {CommandTimeout.TotalSeconds:F0} s.");
        }

        return (process.ExitCode, (await output).Trim(), (await error).Trim());
    }
}
