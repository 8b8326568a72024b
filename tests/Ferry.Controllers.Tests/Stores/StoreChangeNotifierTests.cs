using Ferry.Api.V1;
using Ferry.Controllers.Stores;
using Ferry.Controllers.Tests.Operator;
using Ferry.Providers;
using Ferry.Providers.Pooling;
using Ferry.Runtime.Cache;
using k8s.Models;

namespace Ferry.Controllers.Tests.Stores;

public sealed class StoreChangeNotifierTests
{
    [Fact]
    public void OnChange_StoreOfTheFirstList_DoesNotNotifyDependents()
    {
        var dependents = new RecordingDependents();
        var notifier = Notifier(dependents);

        notifier.OnChange(InformerEventType.Added, Store("listed", generation: 1), old: null, initialList: true);

        Assert.Empty(dependents.Changes);
    }

    [Fact]
    public void OnChange_StoreAddedWhileRunning_NotifiesDependents()
    {
        var dependents = new RecordingDependents();
        var notifier = Notifier(dependents);

        notifier.OnChange(InformerEventType.Added, Store("created", generation: 1), old: null);

        Assert.Equal(1, dependents.CountFor("created"));
    }

    [Fact]
    public void OnChange_SpecChangedAfterTheFirstList_NotifiesDependents()
    {
        var dependents = new RecordingDependents();
        var notifier = Notifier(dependents);
        var listed = Store("edited", generation: 1);
        notifier.OnChange(InformerEventType.Added, listed, old: null, initialList: true);

        notifier.OnChange(InformerEventType.Updated, Store("edited", generation: 2), listed);

        Assert.Equal(1, dependents.CountFor("edited"));
    }

    private static StoreChangeNotifier Notifier(IStoreDependents dependents) =>
        new(dependents, new StoreClients(new SecretsClientPool(TimeProvider.System), new NoSecrets()));

    private static StoreSnapshot Store(string name, long generation) => StoreSnapshot.Of(new ClusterSecretStore
    {
        Metadata = new V1ObjectMeta { Name = name, Uid = "uid-" + name, Generation = generation },
        Spec = new SecretStoreSpec(),
    });

    private sealed class NoSecrets : ISecretSource
    {
        public ValueTask<SourceSecret?> GetSecretAsync(string @namespace, string name, CancellationToken cancellationToken) =>
            ValueTask.FromResult<SourceSecret?>(null);
    }
}
