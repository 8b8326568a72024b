using System.CommandLine;
using System.Runtime.InteropServices;
using Ferry.Commands.Run;
using Ferry.Controllers.Operator;
using Ferry.Runtime.Client;
using Ferry.Runtime.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Ferry.Commands;

/// <summary>
/// `ferry run`: the operator against a cluster (in-cluster config or --kubeconfig), with ESO's controller flags,
/// JSON logs on stdout, until SIGINT or SIGTERM. Exits 0 after a clean stop, 1 when the operator fails (for example
/// when it loses its Lease, so the pod restarts as ESO's does).
/// </summary>
internal static partial class RunCommand
{
    public static Command Create() => Create(new ControllerFlags());

    public static Command Create(ControllerFlags flags)
    {
        ArgumentNullException.ThrowIfNull(flags);
        var command = new Command("run", "Run the operator against a Kubernetes cluster (accepts ESO's controller flags).");
        foreach (var option in flags.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, cancellationToken) =>
        {
            var settings = flags.Bind(parse, ClusterConnection.LeaseNamespace());
            var identity = Environment.GetEnvironmentVariable("POD_NAME");
            var options = identity is { Length: > 0 } ? settings.Operator with { Identity = identity } : settings.Operator;
            using var loggers = OperatorLogging.Create(settings.LogLevel);
            var logger = loggers.CreateLogger("Ferry.Run");
            foreach (var flag in settings.IgnoredFlags)
            {
                Log.FlagIgnored(logger, flag);
            }

            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal => Stop(signal, stop));
            using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, signal => Stop(signal, stop));
            using var metrics = new RuntimeMetrics();
            using var client = KubeClient.Create(
                ClusterConnection.Configuration(settings.Kubeconfig),
                new KubeClientOptions { Qps = settings.ClientQps, Burst = settings.ClientBurst },
                metrics,
                TimeProvider.System);
            await using var op = FerryOperator.Create(client, options, BuiltInProviders.Create(), loggers, TimeProvider.System, metrics);
            op.Start(stop.Token);
            try
            {
                await op.Completion;
                return 0;
            }
            catch (Exception ex) when (!stop.IsCancellationRequested)
            {
                Log.Failed(logger, ex);
                return 1;
            }
        });
        return command;
    }

    private static void Stop(PosixSignalContext signal, CancellationTokenSource stop)
    {
        signal.Cancel = true;
        stop.Cancel();
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Flag {Flag} is accepted for compatibility with ESO and ignored by Ferry")]
        public static partial void FlagIgnored(ILogger logger, string flag);

        [LoggerMessage(EventId = 4002, Level = LogLevel.Error, Message = "The operator stopped with an error")]
        public static partial void Failed(ILogger logger, Exception exception);
    }
}
