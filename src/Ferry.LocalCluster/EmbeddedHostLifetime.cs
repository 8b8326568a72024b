using Microsoft.Extensions.Hosting;

namespace Ferry.LocalCluster;

/// <summary>
/// Leaves signals to whoever embeds the server: the console lifetime would swallow SIGINT/SIGTERM and stop Kestrel
/// behind the caller's back.
/// </summary>
internal sealed class EmbeddedHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
