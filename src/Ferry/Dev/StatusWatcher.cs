using Ferry.Api.V1;
using Ferry.Runtime;
using Ferry.Runtime.Cache;
using Ferry.Runtime.Client;
using Microsoft.Extensions.Logging;

namespace Ferry.Dev;

/// <summary>
/// Feeds the <see cref="StatusBoard"/> from informers on ExternalSecrets, SecretStores and ClusterSecretStores:
/// the view reads the API as kubectl would, not the operator's internals.
/// </summary>
internal sealed class StatusWatcher
{
    private readonly Informer<ExternalSecret> _externalSecrets;
    private readonly Informer<SecretStore> _stores;
    private readonly Informer<ClusterSecretStore> _clusterStores;

    public StatusWatcher(IKubeClient client, StatusBoard board, TimeProvider time, ILoggerFactory loggers)
    {
        ArgumentNullException.ThrowIfNull(board);
        ArgumentNullException.ThrowIfNull(loggers);
        var logger = loggers.CreateLogger<StatusWatcher>();
        _externalSecrets = new Informer<ExternalSecret>(client, ResourceType.For<ExternalSecret>(), new InformerOptions(), time, logger);
        _stores = new Informer<SecretStore>(client, ResourceType.For<SecretStore>(), new InformerOptions(), time, logger);
        _clusterStores = new Informer<ClusterSecretStore>(client, ResourceType.For<ClusterSecretStore>(), new InformerOptions(), time, logger);
        _externalSecrets.Subscribe(e => Show(board, e, StatusRow.From));
        _stores.Subscribe(e => Show(board, e, s => StatusRow.From(s.Kind, s.Metadata.NamespaceProperty, s.Metadata.Name, s.Spec.Provider, s.Status)));
        _clusterStores.Subscribe(e => Show(board, e, s => StatusRow.From(s.Kind, null, s.Metadata.Name, s.Spec.Provider, s.Status)));
    }

    public IEnumerable<IRunnable> Runnables => [_externalSecrets, _stores, _clusterStores];

    public Task WaitForSyncAsync(CancellationToken cancellationToken) => Task.WhenAll(
        _externalSecrets.WaitForSyncAsync(cancellationToken),
        _stores.WaitForSyncAsync(cancellationToken),
        _clusterStores.WaitForSyncAsync(cancellationToken));

    private static void Show<T>(StatusBoard board, InformerEvent<T> change, Func<T, StatusRow> row)
        where T : class
    {
        if (change.Type == InformerEventType.Deleted)
        {
            board.Remove(row(change.Object));
        }
        else
        {
            board.Upsert(row(change.Object));
        }
    }
}
