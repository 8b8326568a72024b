using System.Collections.Concurrent;
using Ferry.Providers;
using Ferry.Providers.Pooling;

namespace Ferry.Controllers.Stores;

/// <summary>
/// Lends pooled provider clients for stores. The pool key's credentials version is the store's generation plus the
/// versions of the Secrets the last build read: the build itself discovers what it reads (through
/// <see cref="StoreCredentials"/>), so each slot remembers that, and a later lend re-reads those Secrets' versions
/// and, when one moved (a rotated credential) or vanished, asks the pool for a client at a new version.
/// </summary>
internal sealed class StoreClients(SecretsClientPool pool, ISecretSource secrets, IServiceAccountTokenSource? serviceAccountTokens = null)
{
    private readonly ConcurrentDictionary<(StoreIdentity Store, string? Namespace), Build> _builds = new();

    public SecretsClientPool Pool { get; } = pool;

    /// <summary>
    /// A client for <paramref name="store"/> used from <paramref name="consumerNamespace"/> (null: no consumer,
    /// as when the store itself is validated). A SecretStore's clients are shared by its whole namespace.
    /// </summary>
    public async ValueTask<SecretsClientLease> AcquireAsync(
        ISecretsProvider provider, StoreSnapshot store, string? consumerNamespace, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(store);
        var identity = store.Identity;
        var ns = identity.IsClusterScoped ? consumerNamespace : identity.Namespace;
        var slot = (identity, ns);
        var generation = store.Generation;
        var version = await CurrentVersionAsync(slot, generation, cancellationToken);
        var spec = store.Spec;
        return await Pool.AcquireAsync(new StoreClientKey(identity, ns, version), async token =>
        {
            var credentials = new StoreCredentials(identity, ns, secrets);
            var client = await provider.CreateGuardedClientAsync(new StoreContext(identity, spec, ns, credentials, serviceAccountTokens), token);
            _builds[slot] = new Build(generation, version, credentials.ReadVersions);
            return client;
        }, cancellationToken);
    }

    /// <summary>Closes a store's clients and forgets what they read (the store was deleted or replaced).</summary>
    public async ValueTask RetireAsync(StoreIdentity store)
    {
        foreach (var slot in _builds.Keys.Where(k => k.Store == store))
        {
            _builds.TryRemove(slot, out _);
        }

        await Pool.RetireStoreAsync(store);
    }

    private async ValueTask<CredentialsVersion> CurrentVersionAsync(
        (StoreIdentity Store, string? Namespace) slot, long generation, CancellationToken cancellationToken)
    {
        if (!_builds.TryGetValue(slot, out var build) || build.Generation != generation)
        {
            return CredentialsVersion.Of(generation, []);
        }

        var current = new List<ReferencedObjectVersion>(build.Read.Count);
        var moved = false;
        foreach (var read in build.Read)
        {
            var secret = await secrets.GetSecretAsync(read.Namespace, read.Name, cancellationToken);
            var now = secret?.ResourceVersion ?? "deleted";
            moved |= now != read.ResourceVersion;
            current.Add(read with { ResourceVersion = now });
        }

        return moved ? CredentialsVersion.Of(generation, current) : build.Version;
    }

    private sealed record Build(long Generation, CredentialsVersion Version, IReadOnlyList<ReferencedObjectVersion> Read);
}
