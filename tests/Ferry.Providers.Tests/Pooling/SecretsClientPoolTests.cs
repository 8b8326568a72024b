using Ferry.Providers.Pooling;
using Microsoft.Extensions.Time.Testing;

namespace Ferry.Providers.Tests.Pooling;

public sealed class SecretsClientPoolTests : IAsyncDisposable
{
    private static readonly StoreIdentity Store = TestStores.Identity("vault", "team-a");
    private static readonly CredentialsVersion V1 = new("1");
    private static readonly CredentialsVersion V2 = new("2");

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly List<RecordingClient> _built = [];
    private readonly SecretsClientPool _pool;

    public SecretsClientPoolTests() => _pool = new SecretsClientPool(_time);

    public async ValueTask DisposeAsync() => await _pool.DisposeAsync();

    [Fact]
    public async Task AcquireAsync_SameKeyTwice_BuildsOneClient()
    {
        await using var first = await Acquire(Key());
        await using var second = await Acquire(Key());

        Assert.Same(first.Client, second.Client);
        Assert.Single(_built);
    }

    [Fact]
    public async Task AcquireAsync_ConcurrentCallers_ShareOneBuild()
    {
        var gate = new TaskCompletionSource<ISecretsClient>(TaskCreationOptions.RunContinuationsAsynchronously);
        var builds = 0;
        ValueTask<ISecretsClient> Factory(CancellationToken token)
        {
            builds++;
            return new ValueTask<ISecretsClient>(gate.Task);
        }

        var first = _pool.AcquireAsync(Key(), Factory, CancellationToken.None).AsTask();
        var second = _pool.AcquireAsync(Key(), Factory, CancellationToken.None).AsTask();
        gate.SetResult(new RecordingClient());
        await using var a = await first;
        await using var b = await second;

        Assert.Equal(1, builds);
        Assert.Same(a.Client, b.Client);
    }

    [Fact]
    public async Task AcquireAsync_CredentialsChanged_RebuildsAndClosesOldClientOnceReleased()
    {
        var old = await Acquire(Key(V1));

        await using var current = await Acquire(Key(V2));

        Assert.NotSame(old.Client, current.Client);
        Assert.False(_built[0].IsDisposed);
        await old.DisposeAsync();
        Assert.True(_built[0].IsDisposed);
        Assert.False(_built[1].IsDisposed);
    }

    [Fact]
    public async Task AcquireAsync_OtherConsumerNamespace_GetsItsOwnClient()
    {
        await using var a = await Acquire(Key(consumer: "ns-a"));
        await using var b = await Acquire(Key(consumer: "ns-b"));

        Assert.NotSame(a.Client, b.Client);
        Assert.Equal(2, _pool.Count);
    }

    [Fact]
    public async Task AcquireAsync_MaxAgeReached_RebuildsAndClosesOld()
    {
        await using var pool = new SecretsClientPool(_time, new SecretsClientPoolOptions { IdleTimeout = TimeSpan.FromHours(2) });
        await (await pool.AcquireAsync(Key(), _ => Build(null), CancellationToken.None)).DisposeAsync();

        _time.Advance(TimeSpan.FromMinutes(59));
        await (await pool.AcquireAsync(Key(), _ => Build(null), CancellationToken.None)).DisposeAsync();
        Assert.Single(_built);

        _time.Advance(TimeSpan.FromMinutes(1));
        await (await pool.AcquireAsync(Key(), _ => Build(null), CancellationToken.None)).DisposeAsync();
        Assert.Equal(2, _built.Count);
        Assert.True(_built[0].IsDisposed);
    }

    [Fact]
    public async Task AcquireAsync_CredentialsAboutToExpire_RebuiltBeforeExpiry()
    {
        var expiresAt = _time.GetUtcNow().AddMinutes(10);
        await (await _pool.AcquireAsync(Key(), _ => Build(expiresAt), CancellationToken.None)).DisposeAsync();

        _time.Advance(TimeSpan.FromMinutes(9));
        await (await Acquire(Key())).DisposeAsync();
        Assert.Single(_built);

        _time.Advance(TimeSpan.FromSeconds(31));
        await (await Acquire(Key())).DisposeAsync();
        Assert.Equal(2, _built.Count);
    }

    [Fact]
    public async Task AcquireAsync_BuildFails_NotCachedAndNextAcquireRetries()
    {
        await Assert.ThrowsAsync<ProviderException>(() => _pool.AcquireAsync(
            Key(), _ => throw new ProviderException("login failed"), CancellationToken.None).AsTask());

        await using var lease = await Acquire(Key());

        Assert.Single(_built);
        Assert.Equal(1, _pool.Count);
    }

    [Fact]
    public async Task Sweeper_IdleClient_ClosedWithoutAnyCall()
    {
        await (await Acquire(Key())).DisposeAsync();

        _time.Advance(TimeSpan.FromMinutes(16));

        Assert.True(_built[0].IsDisposed);
        Assert.Equal(0, _pool.Count);
    }

    [Fact]
    public async Task SweepAsync_LeasedClientTooOld_ClosedOnlyAfterRelease()
    {
        var lease = await Acquire(Key());
        _time.Advance(TimeSpan.FromHours(2));

        await _pool.SweepAsync();

        Assert.False(_built[0].IsDisposed);
        Assert.Equal(0, _pool.Count);
        await lease.DisposeAsync();
        Assert.True(_built[0].IsDisposed);
    }

    [Fact]
    public async Task RetireStoreAsync_Store_ClosesOnlyThatStoresClients()
    {
        var other = TestStores.Identity("other", "team-a");
        await (await Acquire(Key())).DisposeAsync();
        await (await Acquire(new StoreClientKey(other, "team-a", V1))).DisposeAsync();

        await _pool.RetireStoreAsync(Store);

        Assert.True(_built[0].IsDisposed);
        Assert.False(_built[1].IsDisposed);
        Assert.Equal(1, _pool.Count);
    }

    [Fact]
    public async Task RecreatedStore_NewUid_DoesNotReuseTheOldClient()
    {
        await using var before = await Acquire(Key());
        var recreated = Store with { Uid = "uid-new" };

        await using var after = await Acquire(new StoreClientKey(recreated, "team-a", V1));

        Assert.NotSame(before.Client, after.Client);
    }

    [Fact]
    public async Task Lease_DisposedTwice_ReleasesOnce()
    {
        var first = await Acquire(Key(V1));
        var second = await Acquire(Key(V1));
        await first.DisposeAsync();
        await first.DisposeAsync();
        await (await Acquire(Key(V2))).DisposeAsync();

        Assert.False(_built[0].IsDisposed);
        await second.DisposeAsync();
        Assert.True(_built[0].IsDisposed);
    }

    [Fact]
    public async Task DisposeAsync_Pool_ClosesClientsAndRefusesNewLeases()
    {
        await (await Acquire(Key())).DisposeAsync();

        await _pool.DisposeAsync();

        Assert.True(_built[0].IsDisposed);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => Acquire(Key()).AsTask());
    }


    [Fact]
    public async Task AcquireAsync_CoalescingOn_IdenticalReadsThroughTwoLeasesReachTheBackendOnce()
    {
        var backend = new CountingClient();
        await using var pool = new SecretsClientPool(_time, new SecretsClientPoolOptions { SweepInterval = TimeSpan.Zero });
        var remoteRef = new Ferry.Api.V1.ExternalSecretDataRemoteRef { Key = "db" };

        await using (var first = await pool.AcquireAsync(Key(), _ => ValueTask.FromResult<ISecretsClient>(backend), CancellationToken.None))
        {
            await first.Client.GetSecretAsync(remoteRef, CancellationToken.None);
        }

        await using var second = await pool.AcquireAsync(Key(), _ => ValueTask.FromResult<ISecretsClient>(backend), CancellationToken.None);
        await second.Client.GetSecretAsync(remoteRef, CancellationToken.None);

        Assert.Equal(1, backend.Reads);
    }

    [Fact]
    public async Task AcquireAsync_CoalescingOn_ReadsOfAnotherConsumerNamespaceAreNotShared()
    {
        var backends = new List<CountingClient>();
        await using var pool = new SecretsClientPool(_time, new SecretsClientPoolOptions { SweepInterval = TimeSpan.Zero });
        var remoteRef = new Ferry.Api.V1.ExternalSecretDataRemoteRef { Key = "db" };
        ValueTask<ISecretsClient> Build(CancellationToken token)
        {
            var backend = new CountingClient();
            backends.Add(backend);
            return ValueTask.FromResult<ISecretsClient>(backend);
        }

        await using var teamA = await pool.AcquireAsync(new StoreClientKey(Store, "team-a", V1), Build, CancellationToken.None);
        await using var teamB = await pool.AcquireAsync(new StoreClientKey(Store, "team-b", V1), Build, CancellationToken.None);
        await teamA.Client.GetSecretAsync(remoteRef, CancellationToken.None);
        await teamB.Client.GetSecretAsync(remoteRef, CancellationToken.None);

        Assert.Equal([1, 1], backends.Select(b => b.Reads));
    }

    [Fact]
    public async Task AcquireAsync_CoalescingWindowZero_HandsOutTheProvidersClient()
    {
        var backend = new CountingClient();
        await using var pool = new SecretsClientPool(_time, new SecretsClientPoolOptions { SweepInterval = TimeSpan.Zero, ReadCoalescingWindow = TimeSpan.Zero });

        await using var lease = await pool.AcquireAsync(Key(), _ => ValueTask.FromResult<ISecretsClient>(backend), CancellationToken.None);

        Assert.Same(backend, lease.Client);
    }

    [Fact]
    public async Task AcquireAsync_CoalescingOn_StillSeesTheProvidersExpiry()
    {
        var expiring = new RecordingClient { ExpiresAt = _time.GetUtcNow().AddMinutes(10) };
        var builds = 0;
        await using var pool = new SecretsClientPool(_time, new SecretsClientPoolOptions { SweepInterval = TimeSpan.Zero });
        ValueTask<ISecretsClient> Build(CancellationToken token)
        {
            builds++;
            return ValueTask.FromResult<ISecretsClient>(builds == 1 ? expiring : new RecordingClient());
        }

        await (await pool.AcquireAsync(Key(), Build, CancellationToken.None)).DisposeAsync();
        _time.Advance(TimeSpan.FromMinutes(9.9));
        await using var renewed = await pool.AcquireAsync(Key(), Build, CancellationToken.None);

        Assert.Equal(2, builds);
        Assert.True(expiring.IsDisposed);
    }
    private static StoreClientKey Key(CredentialsVersion? version = null, string consumer = "team-a") =>
        new(Store, consumer, version ?? V1);

    private ValueTask<SecretsClientLease> Acquire(StoreClientKey key) =>
        _pool.AcquireAsync(key, _ => Build(null), CancellationToken.None);

    private ValueTask<ISecretsClient> Build(DateTimeOffset? expiresAt)
    {
        var client = new RecordingClient { ExpiresAt = expiresAt };
        _built.Add(client);
        return ValueTask.FromResult<ISecretsClient>(client);
    }
}
