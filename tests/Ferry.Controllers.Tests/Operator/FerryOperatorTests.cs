using System.Net;
using System.Net.Sockets;
using Ferry.Api.V1;
using Ferry.Runtime.Client;
using Ferry.Testing;
using k8s.Models;

namespace Ferry.Controllers.Tests.Operator;

[Collection(OperatorCollection.Name)]
[Trait("Category", "Integration")]
public sealed class FerryOperatorTests(OperatorCluster cluster)
{
    private static readonly ResourceType ExternalSecrets = ResourceType.For<ExternalSecret>();
    private static readonly ResourceType Leases = ResourceType.For<V1Lease>();

    [Fact]
    public async Task Start_FakeStoreAndExternalSecret_WritesTheSecret()
    {
        await using var op = await cluster.StartOperatorAsync();
        var ns = await cluster.CreateNamespaceAsync("op-sync");
        var store = OperatorCluster.UniqueName("op-fake");
        await cluster.CreateClusterSecretStoreAsync(store, OperatorCluster.FakeSpec(data: ("/db/password", "s3cr3t")));

        await CreateExternalSecretAsync(ns, "db", store);

        var secret = await Eventually.UntilAsync(
            () => cluster.Client.GetAsync<V1Secret>(OperatorCluster.Secrets, ns, "db", CancellationToken.None),
            s => s is not null);
        Assert.Equal("s3cr3t", System.Text.Encoding.UTF8.GetString(secret!.Data["password"]));
    }

    [Fact]
    public async Task StoreBecomesReady_DependentExternalSecretSyncsWithoutWaitingForItsRefresh()
    {
        await using var op = await cluster.StartOperatorAsync();
        var ns = await cluster.CreateNamespaceAsync("op-gate");
        var name = OperatorCluster.UniqueName("op-gated");
        await cluster.CreateClusterSecretStoreAsync(name, OperatorCluster.FakeSpec(2, ("/db/password", "late")));
        var store = await cluster.WaitForClusterSecretStoreAsync(name, "False");
        await CreateExternalSecretAsync(ns, "gated", name);
        await Eventually.True(async () => await ReadyReasonAsync(ns, "gated") is not null, "the ExternalSecret reported the closed gate");
        Assert.Null(await cluster.Client.GetAsync<V1Secret>(OperatorCluster.Secrets, ns, "gated", CancellationToken.None));

        store!.Spec.Provider.Fake!.ValidationResult = 0;
        await cluster.Client.UpdateAsync(OperatorCluster.ClusterSecretStores, store, CancellationToken.None);

        var secret = await Eventually.UntilAsync(
            () => cluster.Client.GetAsync<V1Secret>(OperatorCluster.Secrets, ns, "gated", CancellationToken.None),
            s => s is not null,
            TimeSpan.FromSeconds(20));
        Assert.Equal("late", System.Text.Encoding.UTF8.GetString(secret!.Data["password"]));
    }

    [Fact]
    public async Task Start_WithLeaderElection_HoldsTheLeaseAndReleasesItOnStop()
    {
        var ns = await cluster.CreateNamespaceAsync("op-lease");
        var options = OperatorCluster.QuietOptions() with
        {
            EnableLeaderElection = true,
            LeaderElectionNamespace = ns,
            Identity = "replica-a",
        };
        var op = await cluster.StartOperatorAsync(options);

        var lease = await cluster.Client.GetAsync<V1Lease>(Leases, ns, "external-secrets-controller", CancellationToken.None);
        Assert.Equal("replica-a", lease!.Spec.HolderIdentity);

        await op.DisposeAsync();
        var released = await cluster.Client.GetAsync<V1Lease>(Leases, ns, "external-secrets-controller", CancellationToken.None);
        Assert.True(string.IsNullOrEmpty(released!.Spec.HolderIdentity));
    }

    [Fact]
    public async Task Start_WithLiveAddress_ServesHealthReadinessAndMetrics()
    {
        var port = FreePort();
        await using var op = await cluster.StartOperatorAsync(OperatorCluster.QuietOptions() with { LiveAddress = $"127.0.0.1:{port}" });
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };

        var health = await Eventually.UntilAsync(() => TryGetAsync(http, "healthz"), r => r == HttpStatusCode.OK);
        var ready = await TryGetAsync(http, "readyz");
        var metrics = await http.GetStringAsync(new Uri("metrics", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, health);
        Assert.Equal(HttpStatusCode.OK, ready);
        Assert.Contains("controller_runtime_reconcile_total", metrics, StringComparison.Ordinal);
    }

    private Task<ExternalSecret> CreateExternalSecretAsync(string ns, string name, string clusterStore) =>
        cluster.Client.CreateAsync(ExternalSecrets, new ExternalSecret
        {
            Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = ns },
            Spec = new ExternalSecretSpec
            {
                RefreshInterval = "1h",
                SecretStoreRef = new SecretStoreRef { Kind = SecretStoreKind.ClusterSecretStore, Name = clusterStore },
                Data = [new ExternalSecretData { SecretKey = "password", RemoteRef = new ExternalSecretDataRemoteRef { Key = "/db/password" } }],
            },
        }, CancellationToken.None);

    private async Task<string?> ReadyReasonAsync(string ns, string name)
    {
        var es = await cluster.Client.GetAsync<ExternalSecret>(ExternalSecrets, ns, name, CancellationToken.None);
        return es?.Status?.Conditions?.FirstOrDefault(c => c.Type == ExternalSecretConditionType.Ready)?.Reason;
    }

    private static async Task<HttpStatusCode?> TryGetAsync(HttpClient http, string path)
    {
        try
        {
            using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
            return response.StatusCode;
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
