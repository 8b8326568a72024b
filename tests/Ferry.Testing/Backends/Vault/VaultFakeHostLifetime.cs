using Microsoft.Extensions.Hosting;

namespace Ferry.Testing.Backends.Vault;

/// <summary>Keeps the fake's host from hooking Ctrl+C and the console: it lives and dies with its test.</summary>
internal sealed class VaultFakeHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
