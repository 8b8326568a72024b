using System.CommandLine;
using System.Runtime.InteropServices;
using Ferry.Dev;
using Microsoft.Extensions.Logging;

namespace Ferry.Commands;

/// <summary>
/// `ferry dev`: a local cluster and the operator in one process, the CRDs installed, a kubeconfig for kubectl,
/// the <c>--apply</c> manifests applied, and a live view of ExternalSecrets and stores until SIGINT or SIGTERM.
/// </summary>
internal static class DevCommand
{
    public static Command Create()
    {
        var port = new Option<int>("--port") { Description = "Port of the local cluster on 127.0.0.1 (0 picks a free one).", DefaultValueFactory = _ => 0 };
        var kubeconfig = new Option<string>("--kubeconfig")
        {
            Description = "Where to write the kubeconfig for kubectl.",
            DefaultValueFactory = _ => "ferry-dev.kubeconfig",
        };
        var apply = new Option<string[]>("--apply", "-f")
        {
            Description = "A manifest file or a directory of them to apply once the cluster is up (repeatable).",
            AllowMultipleArgumentsPerToken = false,
        };
        var logLevel = new Option<LogLevel>("--log-level")
        {
            Description = "The operator's log level (logs go to stderr).",
            DefaultValueFactory = _ => LogLevel.Warning,
        };
        var command = new Command("dev", "Run a local cluster and the operator in one process, apply manifests, and show ExternalSecrets live.")
        {
            port, kubeconfig, apply, logLevel,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var session = new DevSession(
                new DevOptions { Port = parse.GetValue(port), KubeconfigPath = parse.GetValue(kubeconfig)! },
                parse.GetValue(apply) ?? [],
                parse.GetValue(logLevel),
                parse.InvocationConfiguration.Output,
                parse.InvocationConfiguration.Error,
                Interactive: !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("TERM") is not (null or "dumb"));
            // Own the signals so the runtime waits for a graceful stop instead of exiting mid-shutdown.
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal => Stop(signal, stop));
            using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, signal => Stop(signal, stop));
            return await session.RunAsync(stop.Token);
        });
        return command;
    }

    private static void Stop(PosixSignalContext signal, CancellationTokenSource stop)
    {
        signal.Cancel = true;
        stop.Cancel();
    }
}
