using Ferry.Controllers.Operator;
using Ferry.Providers;
using Ferry.Commands.Run;
using Ferry.Runtime.Client;
using Microsoft.Extensions.Logging;

namespace Ferry.Dev;

/// <summary>
/// The operator as <c>ferry dev</c> runs it: every controller, no leader election (one process), no metrics or
/// health listeners (nothing scrapes a dev session, and a fixed port would clash with a second one).
/// </summary>
internal static class DevOperator
{
    public static FerryOperatorOptions Options => new()
    {
        MetricsAddress = "0",
        LiveAddress = "0",
        EnableLeaderElection = false,
    };

    /// <summary>
    /// The providers of a dev session: the same as `ferry run` registers (a provider that needs the operator's own
    /// cluster connection, as the kubernetes provider does, gets <paramref name="client"/> there too).
    /// </summary>
    public static IEnumerable<ISecretsProvider> Providers(KubeClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        return BuiltInProviders.Create();
    }

    public static Task<FerryOperator> StartAsync(KubeClient client, TimeProvider time, ILoggerFactory loggers, CancellationToken cancellationToken) =>
        FerryOperator.StartAsync(client, Options, Providers(client), loggers, time, cancellationToken);
}
