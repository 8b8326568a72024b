using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Ferry.Benchmarks.Operator;

/// <summary>
/// The real operator, <c>ferry run</c>, in a child process against the benchmark's cluster, so its memory is the
/// operator's alone. The executable is src/Ferry's build output, which the benchmark's project reference copies
/// next to the benchmark (apphost, runtimeconfig and all, so the child runs with ferry's own GC settings). Its
/// logs are read and dropped; /metrics listens on a free loopback port. Disposing kills it.
/// </summary>
internal sealed class OperatorProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartDeadline = TimeSpan.FromMinutes(2);

    private readonly Process _process;
    private readonly HttpClient _http;
    private readonly Queue<string> _lastLines = new();
    private readonly Queue<string> _problems = new();

    private OperatorProcess(Process process, int port)
    {
        _process = process;
        _http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(30) };
    }

    public int ProcessId => _process.Id;

    /// <summary>
    /// The GC heap hard limit .NET sets by itself in a container with this memory limit (75% of it). No cgroup can be
    /// made here, so a container limit is reproduced by giving the child that heap limit.
    /// </summary>
    public static int HeapLimitMiB(int containerMemoryMiB) => containerMemoryMiB * 3 / 4;

    public static async Task<OperatorProcess> StartAsync(string kubeconfig, int workers, int? containerMemoryMiB = null)
    {
        var port = FreePort();
        var start = new ProcessStartInfo { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (containerMemoryMiB is { } limit)
        {
            start.Environment["DOTNET_GCHeapHardLimit"] = ((long)HeapLimitMiB(limit) * 1024 * 1024).ToString("X", CultureInfo.InvariantCulture);
        }

        var apphost = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "ferry.exe" : "ferry");
        if (File.Exists(apphost))
        {
            start.FileName = apphost;
        }
        else
        {
            start.FileName = "dotnet";
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ferry.dll"));
        }

        foreach (var argument in new[]
        {
            "run", "--kubeconfig", kubeconfig, "--concurrent", workers.ToString(CultureInfo.InvariantCulture), "--client-qps", "0",
            "--metrics-addr", $"127.0.0.1:{port}", "--live-addr", "0",
        })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("ferry run did not start.");
        var child = new OperatorProcess(process, port);
        process.OutputDataReceived += (_, line) => child.KeepLine(line.Data);
        process.ErrorDataReceived += (_, line) => child.KeepLine(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await child.WaitUntilReadyAsync();
        }
        catch
        {
            await child.DisposeAsync();
            throw;
        }

        return child;
    }

    /// <summary>The child's /metrics, parsed.</summary>
    public async Task<MetricsText> ScrapeAsync()
    {
        try
        {
            return MetricsText.Parse(await _http.GetStringAsync(new Uri("metrics", UriKind.Relative)));
        }
        catch (HttpRequestException e)
        {
            var state = _process.HasExited ? $"exited with {_process.ExitCode}" : "still runs";
            throw new InvalidOperationException($"Scraping ferry run's /metrics failed; the process {state}; its last lines:{Environment.NewLine}{LastLines()}", e);
        }
    }

    /// <summary>The kernel's figures for the child: peak resident set (VmHWM) and resident set now (VmRSS), in bytes.</summary>
    public (long Peak, long Now) ResidentMemory()
    {
        long peak = 0, now = 0;
        foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                peak = Kilobytes(line);
            }
            else if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                now = Kilobytes(line);
            }
        }

        return (peak, now);
    }

    /// <summary>Fails at once when the child has died (say, out of memory under a heap cap), rather than letting a wait run out its deadline.</summary>
    public void ThrowIfExited()
    {
        if (_process.HasExited)
        {
            throw new InvalidOperationException($"ferry run exited with {_process.ExitCode}; its last lines:{Environment.NewLine}{LastLines()}");
        }
    }

    private async Task WaitUntilReadyAsync()
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartDeadline)
        {
            ThrowIfExited();

            try
            {
                using var response = await _http.GetAsync(new Uri("readyz", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }

        throw new TimeoutException($"ferry run was not ready within {StartDeadline}; its last lines:{Environment.NewLine}{LastLines()}");
    }

    // Its last warnings and errors and its last few lines, to say why it failed; the rest is dropped (a line per
    // reconcile would fill memory).
    private void KeepLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_lastLines)
        {
            Keep(_lastLines, line, 5);
            if (line.Contains("\"LogLevel\":\"Warning\"", StringComparison.Ordinal) || line.Contains("\"LogLevel\":\"Error\"", StringComparison.Ordinal)
                || line.Contains("\"LogLevel\":\"Critical\"", StringComparison.Ordinal) || !line.StartsWith('{'))
            {
                Keep(_problems, line, 10);
            }
        }
    }

    private string LastLines()
    {
        lock (_lastLines)
        {
            return string.Join(Environment.NewLine, [.. _problems, "...", .. _lastLines]);
        }
    }

    private static void Keep(Queue<string> lines, string line, int most)
    {
        lines.Enqueue(line);
        if (lines.Count > most)
        {
            lines.Dequeue();
        }
    }

    private static long Kilobytes(string statusLine) =>
        long.Parse(statusLine.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        _http.Dispose();
    }
}
