using System.Diagnostics;
using System.Globalization;
using Ferry.Api.V1;
using Ferry.Api.V1.Providers.AzureKeyVault;
using Ferry.Providers;
using Ferry.Providers.Azure;
using Ferry.Providers.Pooling;
using Ferry.Testing.Backends.Azure;

namespace Ferry.Benchmarks.Providers;

/// <summary>
/// provider-azure: ExternalSecret-like reads of a set of distinct keys through SecretsClientPool against the Key Vault
/// fake (16 at a time, as reconcile workers would), counting backend calls and authentications.
/// </summary>
internal static class AzureProviderScenario
{
    private const string ClientId = "bench-client";
    private const string ClientSecret = "bench-secret";

    public static async Task RunAsync(int reads, int distinctKeys)
    {
        await using var fake = await AzureKeyVaultFake.StartAsync();
        fake.AddClientSecret(ClientId, ClientSecret);
        for (var i = 0; i < distinctKeys; i++)
        {
            fake.SetSecret(Key(i), $"value-{i}");
        }

        using var provider = new AzureKeyVaultSecretsProvider(new AzureKeyVaultProviderOptions { HttpHandlerFactory = fake.CreateHttpHandler });
        var identity = new StoreIdentity(SecretStoreKind.SecretStore, "default", "azure", "uid-azure");
        var store = new StoreContext(identity, Spec(fake), "default", new FixedCredentials());
        await using var pool = new SecretsClientPool(TimeProvider.System);
        var key = new StoreClientKey(identity, "default", CredentialsVersion.Of("1", []));
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, reads), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, ct) =>
        {
            await using var lease = await pool.AcquireAsync(key, c => provider.CreateClientAsync(store, c), ct);
            await lease.Client.GetSecretAsync(new ExternalSecretDataRemoteRef { Key = Key(i % distinctKeys) }, ct);
        });
        clock.Stop();

        Console.WriteLine($"provider-azure: {reads} reads of {distinctKeys} distinct keys through SecretsClientPool (16 concurrent)");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| backend GetSecret calls | {fake.Calls("GetSecret")} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| vault HTTP requests (incl. 401 challenges) | {fake.VaultRequests} ({fake.Challenges} challenges) |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| authentications (token requests) | {fake.Authentications} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| wall time | {clock.Elapsed.TotalMilliseconds:F0} ms |"));
    }

    private static string Key(int i) => string.Create(CultureInfo.InvariantCulture, $"key-{i:D3}");

    private static SecretStoreSpec Spec(AzureKeyVaultFake fake) => new()
    {
        Provider = new SecretStoreProvider
        {
            AzureKeyVault = new AzureKeyVaultProvider
            {
                VaultUrl = fake.VaultUri.ToString(),
                TenantId = fake.TenantId,
                EnvironmentType = AzureEnvironmentType.AzureStackCloud,
                UseAzureSDK = true,
                CustomCloudConfig = new AzureCustomCloudConfig { ActiveDirectoryEndpoint = fake.AuthorityHost.ToString() },
                AuthSecretRef = new AzureKeyVaultAuth
                {
                    ClientId = new SecretKeySelector { Name = "azure", Key = "client-id" },
                    ClientSecret = new SecretKeySelector { Name = "azure", Key = "client-secret" },
                },
            },
        },
    };

    private sealed class FixedCredentials : IStoreCredentials
    {
        public ValueTask<SecretValue> GetSecretKeyAsync(SecretKeySelector selector, CancellationToken cancellationToken) =>
            ValueTask.FromResult(SecretValue.FromString(selector.Key == "client-id" ? ClientId : ClientSecret));
    }
}
