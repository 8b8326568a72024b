using Microsoft.Extensions.Logging;

namespace Ferry.Dev;

/// <summary>
/// One run of <c>ferry dev</c>: read the manifests (a broken one stops here, before anything starts), start the
/// environment, print how to reach it, apply, then show the live view until cancelled.
/// </summary>
internal sealed record DevSession(
    DevOptions Options, IReadOnlyList<string> ApplyPaths, LogLevel LogLevel, TextWriter Output, TextWriter Error, bool Interactive)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var (manifests, problems) = ManifestSource.Read(ApplyPaths);
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                await Error.WriteLineAsync($"error: {problem}");
            }

            return 1;
        }

        using var loggers = LoggerFactory.Create(logging => logging
            .SetMinimumLevel(LogLevel)
            .AddSimpleConsole(console => console.SingleLine = true)
            .AddFilter("Microsoft", LogLevel.Warning));
        await using var environment = await DevEnvironment.StartAsync(Options, loggers, cancellationToken);
        var banner = new List<string>
        {
            $"Local cluster serving at {environment.Cluster.Url} with {environment.CrdCount} CRDs installed; the operator is running.",
            $"Kubeconfig written to {environment.KubeconfigPath}",
            $"Try: kubectl --kubeconfig {environment.KubeconfigPath} get externalsecrets,secrets -A",
        };
        foreach (var line in banner)
        {
            await Output.WriteLineAsync(line);
        }

        var board = new StatusBoard();
        var watcher = new StatusWatcher(environment.Client, board, Options.Time, loggers);
        using var watching = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var informers = watcher.Runnables.Select(r => r.RunAsync(watching.Token)).ToList();
        try
        {
            using var lines = Interactive ? null : new LineStatusView(board, Output);
            await watcher.WaitForSyncAsync(cancellationToken);
            var failures = await new ManifestApplier(environment.Client, Output, Error).ApplyAsync(manifests, cancellationToken);
            var applied = $"Applied {manifests.Count - failures} of {manifests.Count} objects{(failures > 0 ? $"; {failures} failed (see above)" : "")}.";
            banner.Add(applied);
            banner.Add("Press Ctrl+C to stop.");
            await Output.WriteLineAsync(applied);
            await Output.WriteLineAsync("ferry dev is ready. Press Ctrl+C to stop.");
            if (Interactive)
            {
                using var table = new TerminalStatusView(board, Output, () => banner, Options.Time);
                await table.RunAsync(cancellationToken);
            }
            else
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Ctrl+C or SIGTERM: fall through to a clean stop.
        }
        finally
        {
            await watching.CancelAsync();
            await Task.WhenAll(informers);
        }

        await Output.WriteLineAsync("Stopping.");
        return 0;
    }
}
