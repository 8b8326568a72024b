namespace Ferry.Providers;

public static class SecretsProviderExtensions
{
    /// <summary>
    /// Creates a client wrapped so that its capabilities are enforced: push and delete on a read-only provider
    /// throw <see cref="UnsupportedOperationException"/> whatever the provider's own code does.
    /// </summary>
    public static async ValueTask<ISecretsClient> CreateGuardedClientAsync(
        this ISecretsProvider provider, StoreContext store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(provider);
        var client = await provider.CreateClientAsync(store, cancellationToken);
        return client.WithCapabilityGuard(provider);
    }

    /// <summary>Wraps a client so that <paramref name="provider"/>'s capabilities are enforced in front of it.</summary>
    public static ISecretsClient WithCapabilityGuard(this ISecretsClient client, ISecretsProvider provider)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(provider);
        return client as CapabilityGuardedClient ?? new CapabilityGuardedClient(client, provider.Name, provider.Capabilities);
    }
}
