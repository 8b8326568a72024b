using System.Diagnostics;
using System.Text;

namespace Ferry.Conformance.Tests.Kubernetes;

/// <summary>Runs the kubectl on PATH against a kubeconfig, with a private discovery cache.</summary>
internal sealed class Kubectl(string kubeconfig, string cacheDirectory)
{
    public async Task<(int ExitCode, string Output, string Error)> RunAsync(string arguments, string? input = null)
    {
        using var process = Start(arguments, input is not null);
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input);
            process.StandardInput.Close();
        }

        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(deadline.Token);
        return (process.ExitCode, await output, await error);
    }

    /// <summary>Runs and fails the test with kubectl's own words when the command fails.</summary>
    public async Task<string> SucceedAsync(string arguments, string? input = null)
    {
        var (exit, output, error) = await RunAsync(arguments, input);
        Assert.True(exit == 0, $"kubectl {arguments} exited {exit}: {error}{output}");
        return output;
    }

    /// <summary>Starts a long-running kubectl (get -w, wait) whose output the test reads as it comes.</summary>
    public Process Start(string arguments, bool redirectInput = false)
    {
        var info = new ProcessStartInfo("kubectl")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = redirectInput,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var argument in new[] { "--kubeconfig", kubeconfig, "--cache-dir", cacheDirectory })
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var argument in Split(arguments))
        {
            info.ArgumentList.Add(argument);
        }

        return Process.Start(info) ?? throw new InvalidOperationException("kubectl did not start.");
    }

    /// <summary>Reads lines until one matches, failing after the deadline.</summary>
    public static async Task<string> ReadUntilAsync(Process process, Func<string, bool> match, TimeSpan timeout, bool fromStandardError = false)
    {
        using var deadline = new CancellationTokenSource(timeout);
        var seen = new StringBuilder();
        var reader = fromStandardError ? process.StandardError : process.StandardOutput;
        while (await reader.ReadLineAsync(deadline.Token) is { } line)
        {
            seen.AppendLine(line);
            if (match(line))
            {
                return seen.ToString();
            }
        }

        throw new InvalidOperationException("kubectl ended before the expected line: " + seen);
    }

    private static IEnumerable<string> Split(string arguments)
    {
        var current = new StringBuilder();
        char? quote = null;
        foreach (var c in arguments)
        {
            if (quote is not null)
            {
                if (c == quote)
                {
                    quote = null;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c == '\'')
            {
                quote = c;
            }
            else if (c == ' ')
            {
                if (current.Length > 0)
                {
                    yield return current.ToString();
                    current.Clear();
                }
            }
            else
            {
                current.Append(c);
            }
        }

        if (current.Length > 0)
        {
            yield return current.ToString();
        }
    }
}
