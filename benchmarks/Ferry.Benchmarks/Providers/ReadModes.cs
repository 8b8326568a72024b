using System.Diagnostics;
using Ferry.Api.V1;
using Ferry.Providers;
using Ferry.Providers.Pooling;

namespace Ferry.Benchmarks.Providers;

/// <summary>
/// The two ways the provider-&lt;name&gt; scenarios drive one refresh: a client built per reconcile (what ESO does) and
/// <see cref="SecretsClientPool"/> with its default read coalescing (what Ferry's operator does). Each scenario
/// counts its own backend: <c>snapshot</c> takes its counters before a mode, <c>report</c> prints the mode's row.
/// </summary>
internal static class ReadModes
{
    public static async Task CompareAsync<TCounts>(
        ISecretsProvider provider,
        StoreContext store,
        int reads,
        int distinctKeys,
        int concurrency,
        Func<int, ExternalSecretDataRemoteRef> remoteRef,
        Func<TCounts> snapshot,
        Action<string, TCounts, TimeSpan> report)
    {
        await MeasureAsync("client per reconcile", async (i, ct) =>
        {
            await using var client = await provider.CreateClientAsync(store, ct);
            await client.GetSecretAsync(remoteRef(i % distinctKeys), ct);
        });

        await using var pool = new SecretsClientPool(TimeProvider.System);
        var poolKey = new StoreClientKey(store.Identity, store.ConsumerNamespace, CredentialsVersion.Of(1, []));
        await MeasureAsync("SecretsClientPool", async (i, ct) =>
        {
            await using var lease = await pool.AcquireAsync(poolKey, c => provider.CreateClientAsync(store, c), ct);
            await lease.Client.GetSecretAsync(remoteRef(i % distinctKeys), ct);
        });

        async Task MeasureAsync(string mode, Func<int, CancellationToken, Task> read)
        {
            var before = snapshot();
            var watch = Stopwatch.StartNew();
            await Parallel.ForAsync(0, reads, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (i, ct) => await read(i, ct));
            watch.Stop();
            report(mode, before, watch.Elapsed);
        }
    }
}
