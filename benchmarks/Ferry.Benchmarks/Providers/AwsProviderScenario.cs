using System.Globalization;
using Ferry.Api.V1;
using Ferry.Api.V1.Providers.Aws;
using Ferry.Providers;
using Ferry.Providers.Aws;
using Ferry.Testing.Backends.Aws;

namespace Ferry.Benchmarks.Providers;

/// <summary>
/// provider-aws: 1,000 ExternalSecret-like reads of 100 distinct Secrets Manager keys in one refresh, against the
/// local AWS fake, with a store that assumes a role (so every authentication is one STS call). Compares a client per
/// reconcile (what a per-reconcile client cache does) with Ferry's SecretsClientPool, and prints backend calls,
/// authentications and what the Secrets Manager calls would cost a month at list price.
/// </summary>
internal static class AwsProviderScenario
{
    // Secrets Manager list price: USD 0.05 per 10,000 API calls (aws.amazon.com/secrets-manager/pricing, read 2026-11-28).
    private const double PricePerCall = 0.05 / 10_000;

    // AWS prices a month as 730 hours.
    private const int HoursPerMonth = 730;

    public static async Task RunAsync(int reads, int distinctKeys, int concurrency)
    {
        await using var fake = await AwsFake.StartAsync();
        for (var i = 0; i < distinctKeys; i++)
        {
            fake.SecretsManager.PutString(Key(i), $$"""{"password":"value-{{i}}"}""");
        }

        var role = fake.Sts.AddRole("ferry-bench");
        using var provider = new AwsSecretsProvider(new AwsProviderOptions { Endpoints = AwsEndpoints.All(fake.Endpoint) });
        var store = Store(fake, role);

        Console.WriteLine($"provider-aws: {reads} reads of {distinctKeys} distinct keys, {concurrency} concurrent reconciles");
        Console.WriteLine("| mode | GetSecretValue calls | authentications (STS) | all backend calls | elapsed |");
        Console.WriteLine("| --- | --- | --- | --- | --- |");
        await ReadModes.CompareAsync(
            provider, store, reads, distinctKeys, concurrency,
            i => new ExternalSecretDataRemoteRef { Key = Key(i), Property = "password" },
            () => (Calls: fake.Calls("GetSecretValue"), Auth: fake.Authentications, Total: fake.TotalCalls),
            (mode, before, elapsed) => Report(mode, fake.Calls("GetSecretValue") - before.Calls, fake.Authentications - before.Auth, fake.TotalCalls - before.Total, elapsed));
    }

    private static void Report(string mode, long calls, long auth, long total, TimeSpan elapsed)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {mode} | {calls} | {auth} | {total} | {elapsed.TotalMilliseconds:0} ms |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"|   at one refresh per hour, {calls} Secrets Manager calls cost {calls * HoursPerMonth * PricePerCall:0.00} USD a month | | | | |"));
    }

    private static StoreContext Store(AwsFake fake, string role) => new(
        new StoreIdentity(SecretStoreKind.SecretStore, "bench", "aws", "uid-bench"),
        new SecretStoreSpec
        {
            Provider = new SecretStoreProvider
            {
                Aws = new AwsProvider
                {
                    Region = fake.Region,
                    Service = AwsServiceType.SecretsManager,
                    Role = role,
                    Auth = new AwsAuth
                    {
                        SecretRef = new AwsAuthSecretRef
                        {
                            AccessKeyIDSecretRef = new SecretKeySelector { Name = "aws", Key = "id" },
                            SecretAccessKeySecretRef = new SecretKeySelector { Name = "aws", Key = "secret" },
                        },
                    },
                },
            },
        },
        "bench",
        new FixedCredentials(fake.DefaultKey.AccessKeyId, fake.DefaultKey.SecretAccessKey));

    private static string Key(int i) => $"bench/key-{i:D3}";

    private sealed class FixedCredentials(string id, string secret) : IStoreCredentials
    {
        public ValueTask<SecretValue> GetSecretKeyAsync(SecretKeySelector selector, CancellationToken cancellationToken) =>
            ValueTask.FromResult(SecretValue.FromString(selector.Key == "id" ? id : secret));
    }
}
