using System.Collections.Concurrent;
using Ferry.Api.V1;
using Ferry.Controllers.Stores;
using Ferry.Providers;
using Ferry.Providers.Fake;
using Ferry.Providers.Pooling;

namespace Ferry.Controllers.Tests.ExternalSecrets;

/// <summary>
/// A small IStoreResolver over the fake provider and the real client pool: stores are declared by the test, and
/// their outcome (Usable, NotReady, ...) is set by the test instead of a store controller.
/// </summary>
internal sealed class TestStoreResolver(TimeProvider time) : IStoreResolver, IAsyncDisposable
{
    private readonly FakeSecretsProvider _provider = new();
    // Coalescing off: these tests change the provider's answers between reads without moving the clock (force-sync).
    private readonly SecretsClientPool _pool = new(time, new SecretsClientPoolOptions { SweepInterval = TimeSpan.Zero, ReadCoalescingWindow = TimeSpan.Zero });
    private readonly ConcurrentDictionary<(SecretStoreKind, string?, string), TestStore> _stores = new();

    public TestStore Add(string? ns, string name, SecretStoreKind kind = SecretStoreKind.SecretStore)
    {
        var store = new TestStore(kind, kind == SecretStoreKind.ClusterSecretStore ? null : ns, name);
        _stores[(kind, store.Identity.Namespace, name)] = store;
        return store;
    }

    public async ValueTask<StoreResolution> ResolveAsync(string consumerNamespace, SecretStoreKind kind, string name, CancellationToken cancellationToken)
    {
        var ns = kind == SecretStoreKind.ClusterSecretStore ? null : consumerNamespace;
        if (!_stores.TryGetValue((kind, ns, name), out var store))
        {
            return new StoreResolution(StoreResolutionOutcome.NotFound, $"{kind} \"{name}\" not found");
        }

        if (store.Outcome != StoreResolutionOutcome.Usable)
        {
            return new StoreResolution(store.Outcome, store.Message);
        }

        var spec = store.Spec();
        var key = new StoreClientKey(store.Identity, consumerNamespace, CredentialsVersion.Of(store.Generation, []));
        var lease = await _pool.AcquireAsync(
            key,
            async token => new ScriptedSecretsClient(
                await _provider.CreateClientAsync(new StoreContext(store.Identity, spec, consumerNamespace, new StoreCredentials(store.Identity, consumerNamespace, NoSecrets.Instance)), token),
                store),
            cancellationToken);
        return new StoreResolution(StoreResolutionOutcome.Usable, "", store.Identity, _provider, lease);
    }

    public ValueTask DisposeAsync() => _pool.DisposeAsync();

    private sealed class NoSecrets : ISecretSource
    {
        public static readonly NoSecrets Instance = new();

        public ValueTask<SourceSecret?> GetSecretAsync(string @namespace, string name, CancellationToken cancellationToken) => ValueTask.FromResult<SourceSecret?>(null);
    }
}
