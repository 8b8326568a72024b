using System.Diagnostics;
using System.Text;
using Ferry.Api.V1;
using Ferry.Api.V1.Providers.Fake;
using Ferry.Api.V1.Providers.Kubernetes;
using Ferry.LocalCluster;
using Ferry.Providers;
using Ferry.Providers.Fake;
using Ferry.Providers.Kubernetes;
using Ferry.Providers.Pooling;
using k8s;
using k8s.Models;

namespace Ferry.Benchmarks.Providers;

/// <summary>
/// Backend calls and authentications for 1,000 ExternalSecret-like reads of 100 distinct keys in one refresh,
/// through <see cref="SecretsClientPool"/>: each read leases the pooled client as a reconcile does. Run with and
/// without read coalescing, for one trust boundary (a SecretStore and its namespace) and for ten (a
/// ClusterSecretStore used from ten namespaces), with the fake and the kubernetes (serviceAccount auth) providers.
/// </summary>
internal static class ProviderCallsScenario
{
    private const int Reads = 1000;
    private const int DistinctKeys = 100;
    private const int Workers = 16;

    public static async Task RunAsync()
    {
        await using var server = await LocalClusterServer.StartAsync(new LocalClusterOptions());
        using var admin = new k8s.Kubernetes(KubernetesClientConfiguration.BuildConfigFromConfigFile(server.KubeconfigPath));
        var namespaces = await SeedAsync(admin);
        var fake = new FakeSecretsProvider();
        var kubernetes = new KubernetesSecretsProvider(admin);
        Console.WriteLine($"provider-calls: {Reads} reads of {DistinctKeys} distinct keys, {Workers} concurrent reconciles");
        Console.WriteLine($"{"provider",-11} {"boundaries",10} {"coalescing",11} {"backend reads",14} {"authentications",16} {"elapsed",9}");
        foreach (var boundaries in new[] { 1, 10 })
        {
            foreach (var window in new[] { TimeSpan.Zero, TimeSpan.FromSeconds(5) })
            {
                await RunAsync("fake", fake, FakeSpec(), namespaces, boundaries, window);
                await RunAsync("kubernetes", kubernetes, KubernetesSpec(server, namespaces[0]), namespaces, boundaries, window);
            }
        }
    }

    private static async Task RunAsync(
        string name, ISecretsProvider provider, SecretStoreSpec spec, List<string> namespaces, int boundaries, TimeSpan window)
    {
        var counters = new ProviderCallCounters();
        await using var pool = new SecretsClientPool(TimeProvider.System, new SecretsClientPoolOptions { ReadCoalescingWindow = window, SweepInterval = TimeSpan.Zero });
        var kind = boundaries == 1 ? SecretStoreKind.SecretStore : SecretStoreKind.ClusterSecretStore;
        var store = new StoreIdentity(kind, kind == SecretStoreKind.SecretStore ? namespaces[0] : null, "bench", "uid-bench");
        var watch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, Reads), new ParallelOptions { MaxDegreeOfParallelism = Workers }, async (i, token) =>
        {
            var consumer = namespaces[i % boundaries];
            var key = new StoreClientKey(store, consumer, new CredentialsVersion("1"));
            await using var lease = await pool.AcquireAsync(
                key,
                async ct =>
                {
                    counters.CountAuthentication();
                    var context = new StoreContext(store, spec, consumer, new NoCredentials());
                    return new CountingClient(await provider.CreateClientAsync(context, ct), counters);
                },
                token);
            var value = await lease.Client.GetSecretAsync(new ExternalSecretDataRemoteRef { Key = $"key-{i % DistinctKeys:D3}", Property = "value" }, token);
            if (value.Length == 0)
            {
                throw new InvalidOperationException("empty read");
            }
        });
        Console.WriteLine($"{name,-11} {boundaries,10} {(window > TimeSpan.Zero ? $"{window.TotalSeconds:0}s" : "off"),11} {counters.Reads,14} {counters.Authentications,16} {watch.Elapsed.TotalMilliseconds,7:F0}ms");
    }

    private static SecretStoreSpec FakeSpec() => new()
    {
        Provider = new SecretStoreProvider
        {
            Fake = new FakeProvider { Data = [.. Enumerable.Range(0, DistinctKeys).Select(i => new FakeProviderData { Key = $"key-{i:D3}", Value = """{"value":"v"}""" })] },
        },
    };

    private static SecretStoreSpec KubernetesSpec(LocalClusterServer server, string remoteNamespace) => new()
    {
        Provider = new SecretStoreProvider
        {
            Kubernetes = new KubernetesProvider
            {
                RemoteNamespace = remoteNamespace,
                Server = new KubernetesServer { Url = server.Url.ToString(), CaBundle = Convert.ToBase64String(Encoding.ASCII.GetBytes(server.CaCertificatePem)) },
                Auth = new KubernetesAuth { ServiceAccount = new ServiceAccountSelector { Name = "reader", Namespace = remoteNamespace } },
            },
        },
    };

    // Ten consumer namespaces; the first also holds the remote Secrets and the ServiceAccount.
    private static async Task<List<string>> SeedAsync(k8s.Kubernetes admin)
    {
        var namespaces = Enumerable.Range(0, 10).Select(i => $"bench-{i}").ToList();
        foreach (var ns in namespaces)
        {
            await admin.CoreV1.CreateNamespaceAsync(new V1Namespace { Metadata = new V1ObjectMeta { Name = ns } });
        }

        await admin.CoreV1.CreateNamespacedServiceAccountAsync(new V1ServiceAccount { Metadata = new V1ObjectMeta { Name = "reader" } }, namespaces[0]);
        for (var i = 0; i < DistinctKeys; i++)
        {
            await admin.CoreV1.CreateNamespacedSecretAsync(
                new V1Secret { Metadata = new V1ObjectMeta { Name = $"key-{i:D3}" }, Data = new Dictionary<string, byte[]> { ["value"] = "v"u8.ToArray() } },
                namespaces[0]);
        }

        return namespaces;
    }

    private sealed class NoCredentials : IStoreCredentials
    {
        public ValueTask<SecretValue> GetSecretKeyAsync(SecretKeySelector selector, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("the benchmark stores read no credential Secrets");
    }
}
