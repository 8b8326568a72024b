using System.CommandLine;
using System.Runtime.InteropServices;
using Ferry.LocalCluster;

namespace Ferry.Commands;

/// <summary>`ferry local-cluster`: only the local Kubernetes-API-compatible server, until SIGINT or SIGTERM.</summary>
internal static class LocalClusterCommand
{
    public static Command Create()
    {
        var port = new Option<int>("--port") { Description = "Port on 127.0.0.1 (0 picks a free one).", DefaultValueFactory = _ => 0 };
        var kubeconfig = new Option<string>("--kubeconfig")
        {
            Description = "Where to write the kubeconfig for kubectl.",
            DefaultValueFactory = _ => "ferry-local.kubeconfig",
        };
        var token = new Option<string?>("--token") { Description = "The admin bearer token (random when not given)." };
        var plainHttp = new Option<bool>("--insecure-http") { Description = "Serve plain HTTP instead of HTTPS." };
        var command = new Command("local-cluster", "Run only the local Kubernetes-API-compatible server.")
        {
            port, kubeconfig, token, plainHttp,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = new LocalClusterOptions
            {
                Port = parse.GetValue(port),
                KubeconfigPath = parse.GetValue(kubeconfig),
                Token = parse.GetValue(token),
                PlainHttp = parse.GetValue(plainHttp),
            };
            // Own the signals so the runtime waits for a graceful stop instead of exiting mid-shutdown.
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal => Stop(signal, stop));
            using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, signal => Stop(signal, stop));
            await using var server = await LocalClusterServer.StartAsync(options, stop.Token);
            var output = parse.InvocationConfiguration.Output;
            await output.WriteLineAsync($"Local cluster serving at {server.Url}");
            await output.WriteLineAsync($"Kubeconfig written to {server.KubeconfigPath}");
            await output.WriteLineAsync($"Try: KUBECONFIG={server.KubeconfigPath} kubectl get namespaces");
            await output.WriteLineAsync("Press Ctrl+C to stop.");
            try
            {
                await Task.Delay(Timeout.Infinite, stop.Token);
            }
            catch (OperationCanceledException)
            {
                await output.WriteLineAsync("Stopping.");
            }

            return 0;
        });
        return command;
    }

    private static void Stop(PosixSignalContext signal, CancellationTokenSource stop)
    {
        signal.Cancel = true;
        stop.Cancel();
    }
}
