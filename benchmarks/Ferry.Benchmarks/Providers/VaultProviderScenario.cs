using System.Diagnostics;
using System.Globalization;
using Ferry.Api.V1;
using Ferry.Api.V1.Providers.Vault;
using Ferry.Providers;
using Ferry.Providers.Pooling;
using Ferry.Providers.Vault;
using Ferry.Testing.Backends.Vault;

namespace Ferry.Benchmarks.Providers;

/// <summary>
/// provider-vault: 1,000 ExternalSecret-like reads of 100 distinct keys in one refresh, through SecretsClientPool
/// against the Vault fake, counting what Vault sees: reads, logins, renewals. For comparison, the same reads with a
/// client built per reconcile (ESO's behaviour without its token cache): a login and a revocation each.
/// </summary>
internal static class VaultProviderScenario
{
    private const int DistinctKeys = 100;

    public static async Task RunAsync(int reads, int concurrency)
    {
        await using var fake = await VaultFakeServer.StartAsync();
        for (var i = 0; i < DistinctKeys; i++)
        {
            fake.WriteSecretJson("secret", Key(i), $$"""{"password":"value-{{i}}"}""");
        }

        var (roleId, secretId) = fake.AddAppRole("ferry");
        var secrets = new StaticSecretSource("secret-id", secretId);
        var provider = new VaultSecretsProvider();
        var identity = new StoreIdentity(SecretStoreKind.SecretStore, "default", "vault", "uid-vault");
        var spec = new SecretStoreSpec
        {
            Provider = new SecretStoreProvider
            {
                Vault = new VaultProvider
                {
                    Server = fake.Address.ToString(),
                    Path = "secret",
                    Version = VaultKvStoreVersion.V2,
                    Auth = new VaultAuth { AppRole = new VaultAppRole { Path = "approle", RoleId = roleId, SecretRef = new SecretKeySelector { Name = "approle", Key = "secret-id" } } },
                },
            },
        };
        var store = new StoreContext(identity, spec, "default", new StoreCredentials(identity, "default", secrets));

        Console.WriteLine($"provider-vault: {reads} reads of {DistinctKeys} distinct keys, {concurrency} at a time");
        Console.WriteLine("| mode | reads sent to Vault | logins | renewals | revocations | wall time |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: |");

        await using (var pool = new SecretsClientPool(TimeProvider.System))
        {
            var key = new StoreClientKey(identity, "default", CredentialsVersion.Of(1, []));
            await MeasureAsync("pooled (Ferry)", fake, reads, concurrency, async (i, ct) =>
            {
                await using var lease = await pool.AcquireAsync(key, c => provider.CreateClientAsync(store, c), ct);
                await lease.Client.GetSecretAsync(Ref(i), ct);
            });
        }

        await MeasureAsync("client per reconcile", fake, reads, concurrency, async (i, ct) =>
        {
            await using var client = await provider.CreateClientAsync(store, ct);
            await client.GetSecretAsync(Ref(i), ct);
        });
    }

    private static async Task MeasureAsync(string mode, VaultFakeServer fake, int reads, int concurrency, Func<int, CancellationToken, Task> read)
    {
        fake.ResetCounters();
        var watch = Stopwatch.StartNew();
        await Parallel.ForAsync(0, reads, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (i, ct) => await read(i, ct));
        watch.Stop();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"| {mode} | {fake.Count("secret/data/", "GET")} | {fake.Logins()} | {fake.Renewals} | {fake.Revocations} | {watch.Elapsed.TotalMilliseconds:F0} ms |"));
    }

    private static string Key(int i) => string.Create(CultureInfo.InvariantCulture, $"app/key-{i:D3}");

    private static ExternalSecretDataRemoteRef Ref(int i) => new() { Key = Key(i % DistinctKeys), Property = "password" };

    private sealed class StaticSecretSource(string key, string value) : ISecretSource
    {
        public ValueTask<SourceSecret?> GetSecretAsync(string @namespace, string name, CancellationToken cancellationToken) =>
            ValueTask.FromResult<SourceSecret?>(new SourceSecret("1", new Dictionary<string, SecretValue> { [key] = SecretValue.FromString(value) }));
    }
}
