using Microsoft.Extensions.Logging;

namespace Ferry.Dev;

/// <summary>Runs the operator (every controller Ferry has) against the dev cluster until cancelled.</summary>
internal static class DevOperator
{
    public static async Task RunAsync(string kubeconfigPath, TimeProvider time, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(kubeconfigPath);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(loggers);
        // The operator composition (FerryOperator) lands with the store controllers; until then only the cluster runs.
        await Task.Delay(Timeout.Infinite, cancellationToken);
    }
}
