using System.Collections.Concurrent;
using System.Diagnostics;
using Ferry.Testing;

namespace Ferry.EndToEnd.Tests;

/// <summary>
/// A running <c>ferry</c> command with its output collected line by line. Disposing kills it (and anything it
/// started) if it is still running, so no test leaves a process behind.
/// </summary>
internal sealed class FerryProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly ConcurrentQueue<string> _errors = new();

    private FerryProcess(Process process)
    {
        _process = process;
    }

    public IReadOnlyList<string> Output => [.. _output];

    public string Transcript => $"stdout:\n{string.Join('\n', _output)}\nstderr:\n{string.Join('\n', _errors)}";

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public static FerryProcess Start(params string[] arguments) => Start(new Dictionary<string, string>(), arguments);

    /// <summary>Starts ferry with <paramref name="environment"/> added to this process's environment.</summary>
    public static FerryProcess Start(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(FerryExecutable.FileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = RepoPaths.RepoRoot,
        };
        foreach (var argument in FerryExecutable.Prefix.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var ferry = new FerryProcess(process);
        process.OutputDataReceived += (_, line) => Collect(ferry._output, line.Data);
        process.ErrorDataReceived += (_, line) => Collect(ferry._errors, line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return ferry;
    }

    /// <summary>Waits until a line of stdout satisfies the predicate, and returns it; fails fast if ferry exits.</summary>
    public async Task<string> WaitForLineAsync(Func<string, bool> predicate, TimeSpan? timeout = null)
    {
        string? found = null;
        try
        {
            await Eventually.True(
                () =>
                {
                    found = _output.FirstOrDefault(predicate);
                    return found is not null || _process.HasExited;
                },
                "ferry printed the expected line",
                timeout);
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{e.Message}\n{Transcript}", e);
        }

        return found ?? throw new InvalidOperationException($"ferry exited with {_process.ExitCode} first.\n{Transcript}");
    }

    /// <summary>Sends SIGTERM (as Kubernetes does to a pod) and waits for the exit code.</summary>
    public async Task<int> TerminateAsync(TimeSpan timeout)
    {
        using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
        using var deadline = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(deadline.Token);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static void Collect(ConcurrentQueue<string> lines, string? line)
    {
        if (line is not null)
        {
            lines.Enqueue(line);
        }
    }
}
