using System.Globalization;
using Ferry.Api.V1;
using Ferry.Api.V1.Providers.Webhook;
using Ferry.Providers;
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
        await ReadModes.CompareAsync(
            provider, store, reads, distinctKeys, concurrency,
            i => new ExternalSecretDataRemoteRef { Key = Key(i) },
            () => (Calls: server.Requests.Count, CredentialReads: credentials.Reads),
            (mode, before, elapsed) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {mode} | {server.Requests.Count - before.Calls} | {credentials.Reads - before.CredentialReads} | {elapsed.TotalMilliseconds:0} ms |")));
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
