using System.Diagnostics;
using System.Globalization;
using Ferry.Api.V1;
using Ferry.Api.V1.Providers.Webhook;
using Ferry.Providers;
using Ferry.Providers.Pooling;
using Ferry.Providers.Webhook;
using Ferry.Testing.Backends.Webhook;

namespace Ferry.Benchmarks.Providers;

/// <summary>
/// provider-webhook: 1,000 ExternalSecret-like reads of 100 distinct keys in one refresh against the webhook fake,
/// with a bearer token taken from a Secret. The webhook has no login, so what stands for an authentication is a read
/// of the credential Secret (one per client built). Compares a client per reconcile with SecretsClientPool (read
/// coalescing on, as the operator builds it) and prints HTTP calls and credential reads.
/// </summary>
internal static class WebhookProviderScenario
{
    public static async Task RunAsync(int reads, int distinctKeys, int concurrency)
    {
        await using var server = await WebhookFakeServer.StartAsync();
        server.RequiredAuthorization = "Bearer bench-token";
        for (var i = 0; i < distinctKeys; i++)
        {
            server.SetSecret(Key(i), $"value-{i}");
        }

        var provider = new WebhookSecretsProvider();
        var credentials = new CountingCredentials();
        var store = Store(server, credentials);

        Console.WriteLine($"provider-webhook: {reads} reads of {distinctKeys} distinct keys, {concurrency} concurrent reconciles");
        Console.WriteLine("| mode | HTTP calls | credential Secret reads | elapsed |");
        Console.WriteLine("| --- | --- | --- | --- |");
        await MeasureAsync("client per reconcile", server, credentials, reads, distinctKeys, concurrency, async (key, ct) =>
        {
            await using var client = await provider.CreateClientAsync(store, ct);
            await client.GetSecretAsync(new ExternalSecretDataRemoteRef { Key = key }, ct);
        });

        await using var pool = new SecretsClientPool(TimeProvider.System);
        var poolKey = new StoreClientKey(store.Identity, store.ConsumerNamespace, CredentialsVersion.Of(1, []));
        await MeasureAsync("SecretsClientPool", server, credentials, reads, distinctKeys, concurrency, async (key, ct) =>
        {
            await using var lease = await pool.AcquireAsync(poolKey, c => provider.CreateClientAsync(store, c), ct);
            await lease.Client.GetSecretAsync(new ExternalSecretDataRemoteRef { Key = key }, ct);
        });
    }

    private static async Task MeasureAsync(
        string mode, WebhookFakeServer server, CountingCredentials credentials, int reads, int distinctKeys, int concurrency,
        Func<string, CancellationToken, Task> read)
    {
        var callsBefore = server.Requests.Count;
        var credentialReadsBefore = credentials.Reads;
        var watch = Stopwatch.StartNew();
        await Parallel.ForAsync(0, reads, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (i, ct) => await read(Key(i % distinctKeys), ct));
        watch.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {mode} | {server.Requests.Count - callsBefore} | {credentials.Reads - credentialReadsBefore} | {watch.Elapsed.TotalMilliseconds:0} ms |"));
    }

    private static StoreContext Store(WebhookFakeServer server, CountingCredentials credentials) => new(
        new StoreIdentity(SecretStoreKind.SecretStore, "bench", "webhook", "uid-bench"),
        new SecretStoreSpec
        {
            Provider = new SecretStoreProvider
            {
                Webhook = new WebhookProvider
                {
                    Url = server.Url + "secrets/{{ .remoteRef.key }}",
                    Headers = new() { ["Authorization"] = "Bearer {{ .auth.token }}" },
                    Secrets = [new WebhookSecret { Name = "auth", SecretRef = new SecretKeySelector { Name = "webhook-token" } }],
                    Result = new WebhookResult { JsonPath = "$.value" },
                },
            },
        },
        "bench",
        credentials);

    private static string Key(int i) => string.Create(CultureInfo.InvariantCulture, $"key-{i:D3}");

    private sealed class CountingCredentials : IStoreCredentials
    {
        private int _reads;

        public int Reads => Volatile.Read(ref _reads);

        public ValueTask<SecretValue> GetSecretKeyAsync(SecretKeySelector selector, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _reads);
            return ValueTask.FromResult(SecretValue.FromString("bench-token"));
        }

        public ValueTask<IReadOnlyDictionary<string, SecretValue>> GetSecretDataAsync(SecretKeySelector selector, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _reads);
            return ValueTask.FromResult<IReadOnlyDictionary<string, SecretValue>>(
                new Dictionary<string, SecretValue> { ["token"] = SecretValue.FromString("bench-token") });
        }
    }
}
