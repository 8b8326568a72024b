using Ferry.Runtime.Client;
using Ferry.Runtime.Status;
using Ferry.Runtime.Tests.Cache;
using k8s;
using k8s.Models;

namespace Ferry.Runtime.Tests.Status;

[Trait("Category", "Integration")]
public sealed class StatusWriterTests(ClusterFixture cluster) : IClassFixture<ClusterFixture>
{
    private static readonly ResourceType Namespaces = ResourceType.For<V1Namespace>();

    [Fact]
    public async Task UpdateIfChanged_StatusUnchanged_SkipsTheWrite()
    {
        var name = await cluster.CreateNamespaceAsync("same");
        var current = (await cluster.Client.GetAsync<V1Namespace>(Namespaces, null, name, CancellationToken.None))!;
        var desired = Copy(current);
        desired.Metadata.Labels = new Dictionary<string, string> { ["not"] = "status" };
        var counting = new CountingClient(cluster.Client);

        var written = await StatusWriter.UpdateIfChangedAsync(counting, Namespaces, current, desired, CancellationToken.None);

        Assert.Null(written);
        Assert.Equal(0, counting.StatusWrites);
    }

    [Fact]
    public async Task UpdateIfChanged_StatusChanged_WritesIt()
    {
        var name = await cluster.CreateNamespaceAsync("changed");
        var current = (await cluster.Client.GetAsync<V1Namespace>(Namespaces, null, name, CancellationToken.None))!;
        var desired = Copy(current);
        desired.Status ??= new V1NamespaceStatus();
        desired.Status.Conditions = [new V1NamespaceCondition { Type = "Checked", Status = "True", Reason = "Test" }];
        var counting = new CountingClient(cluster.Client);

        var written = await StatusWriter.UpdateIfChangedAsync(counting, Namespaces, current, desired, CancellationToken.None);

        Assert.Equal(1, counting.StatusWrites);
        Assert.Equal("Checked", Assert.Single(written!.Status.Conditions).Type);
    }

    private static V1Namespace Copy(V1Namespace value) => KubernetesJson.Deserialize<V1Namespace>(KubernetesJson.Serialize(value));

    private sealed class CountingClient(IKubeClient inner) : IKubeClient
    {
        private readonly ScriptedKubeClient _passThrough = new(inner);
        private int _statusWrites;

        public int StatusWrites => _statusWrites;

        public Task<T?> GetAsync<T>(ResourceType type, string? ns, string name, CancellationToken cancellationToken)
            where T : class, IKubernetesObject<V1ObjectMeta> => _passThrough.GetAsync<T>(type, ns, name, cancellationToken);

        public Task<ResourceList<T>> ListAsync<T>(ResourceType type, string? ns, ListOptions? options, CancellationToken cancellationToken)
            where T : class, IMetadata<V1ObjectMeta> => _passThrough.ListAsync<T>(type, ns, options, cancellationToken);

        public Task<T> CreateAsync<T>(ResourceType type, T value, CancellationToken cancellationToken)
            where T : class, IKubernetesObject<V1ObjectMeta> => _passThrough.CreateAsync(type, value, cancellationToken);

        public Task<T> UpdateAsync<T>(ResourceType type, T value, CancellationToken cancellationToken)
            where T : class, IKubernetesObject<V1ObjectMeta> => _passThrough.UpdateAsync(type, value, cancellationToken);

        public Task<T> UpdateStatusAsync<T>(ResourceType type, T value, CancellationToken cancellationToken)
            where T : class, IKubernetesObject<V1ObjectMeta>
        {
            Interlocked.Increment(ref _statusWrites);
            return _passThrough.UpdateStatusAsync(type, value, cancellationToken);
        }

        public Task<T> PatchAsync<T>(ResourceType type, string? ns, string name, V1Patch patch, PatchOptions? options, CancellationToken cancellationToken)
            where T : class, IKubernetesObject<V1ObjectMeta> => _passThrough.PatchAsync<T>(type, ns, name, patch, options, cancellationToken);

        public Task<T> PatchStatusAsync<T>(ResourceType type, string? ns, string name, V1Patch patch, PatchOptions? options, CancellationToken cancellationToken)
            where T : class, IKubernetesObject<V1ObjectMeta>
        {
            Interlocked.Increment(ref _statusWrites);
            return _passThrough.PatchStatusAsync<T>(type, ns, name, patch, options, cancellationToken);
        }

        public Task<bool> DeleteAsync(ResourceType type, string? ns, string name, CancellationToken cancellationToken) =>
            _passThrough.DeleteAsync(type, ns, name, cancellationToken);

        public IAsyncEnumerable<WatchEvent<T>> WatchAsync<T>(ResourceType type, string? ns, WatchOptions options, CancellationToken cancellationToken)
            where T : class, IMetadata<V1ObjectMeta> => _passThrough.WatchAsync<T>(type, ns, options, cancellationToken);
    }
}
