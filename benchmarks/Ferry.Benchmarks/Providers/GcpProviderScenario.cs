using System.Globalization;
using Ferry.Api.V1;
using Ferry.Api.V1.Providers.Gcp;
using Ferry.Providers;
using Ferry.Providers.Gcp;
using Ferry.Testing.Backends.Gcp;

namespace Ferry.Benchmarks.Providers;

/// <summary>
/// provider-gcp: 1,000 ExternalSecret-like reads of 100 distinct Secret Manager secrets against the local GCP fake,
/// with a service account key store (every authentication is one token-endpoint call). Compares a client per
/// reconcile with Ferry's SecretsClientPool and prints access calls and authentications.
/// </summary>
internal static class GcpProviderScenario
{
    public static async Task RunAsync(int reads, int distinctKeys, int concurrency)
    {
        await using var fake = await GcpSecretManagerFake.StartAsync();
        for (var i = 0; i < distinctKeys; i++)
        {
            fake.AddVersion(Key(i), $$"""{"password":"value-{{i}}"}""");
        }

        using var provider = new GcpSecretManagerSecretsProvider(new GcpSecretManagerProviderOptions { SecretManagerEndpoint = fake.Endpoint });
        var store = Store(fake.CreateServiceAccountKey());

        Console.WriteLine($"provider-gcp: {reads} reads of {distinctKeys} distinct keys, {concurrency} concurrent reconciles");
        Console.WriteLine("| mode | access calls | authentications (token endpoint) | elapsed |");
        Console.WriteLine("| --- | --- | --- | --- |");
        await ReadModes.CompareAsync(
            provider, store, reads, distinctKeys, concurrency,
            i => new ExternalSecretDataRemoteRef { Key = Key(i), Property = "password" },
            () => (Calls: fake.Calls("access"), Auth: fake.Authentications),
            (mode, before, elapsed) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {mode} | {fake.Calls("access") - before.Calls} | {fake.Authentications - before.Auth} | {elapsed.TotalMilliseconds:0} ms |")));
    }

    private static StoreContext Store(string keyJson) => new(
        new StoreIdentity(SecretStoreKind.SecretStore, "bench", "gcp", "uid-bench"),
        new SecretStoreSpec
        {
            Provider = new SecretStoreProvider
            {
                GcpSecretManager = new GcpSecretManagerProvider
                {
                    ProjectID = GcpSecretManagerFake.Project,
                    Auth = new GcpSecretManagerAuth
                    {
                        SecretRef = new GcpSecretManagerAuthSecretRef { SecretAccessKeySecretRef = new SecretKeySelector { Name = "gcp", Key = "key.json" } },
                    },
                },
            },
        },
        "bench",
        new FixedCredentials(keyJson));

    private static string Key(int i) => $"bench-key-{i:D3}";

    private sealed class FixedCredentials(string keyJson) : IStoreCredentials
    {
        public ValueTask<SecretValue> GetSecretKeyAsync(SecretKeySelector selector, CancellationToken cancellationToken) =>
            ValueTask.FromResult(SecretValue.FromString(keyJson));
    }
}
