using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Ferry.LocalCluster;
using Ferry.Testing.Backends.Vault;

namespace Ferry.Conformance.Tests.Vault;

/// <summary>Starts the Vault fake (and a local cluster for Kubernetes auth) and runs the node-vault script once.</summary>
public sealed class NodeVaultFixture : IAsyncLifetime
{
    private LocalClusterServer? _cluster;

    public VaultFakeServer Fake { get; private set; } = null!;

    public JsonObject Results { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Fake = await VaultFakeServer.StartAsync();
        Fake.EnableKv("secret", 2, "team-a");
        var (roleId, secretId) = Fake.AddAppRole("node", new VaultFakeTokenSettings { Ttl = TimeSpan.FromMinutes(20) });
        _cluster = await LocalClusterServer.StartAsync(new LocalClusterOptions { PlainHttp = true });
        Fake.AddKubernetesRole("ferry", new VaultFakeKubernetesConfig(_cluster.Url, _cluster.Token), ["default"], ["default"]);
        Results = await NodeScript.RunAsync("vault/conformance.js", new Dictionary<string, string>
        {
            ["FERRY_VAULT_FAKE_ADDR"] = Fake.Address.ToString().TrimEnd('/'),
            ["FERRY_VAULT_FAKE_ROOT_TOKEN"] = Fake.RootToken,
            ["ROLE_ID"] = roleId,
            ["SECRET_ID"] = secretId,
            ["KUBE_JWT"] = await ServiceAccountTokenAsync(_cluster),
        });
    }

    public async Task DisposeAsync()
    {
        await Fake.DisposeAsync();
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }
    }

    private static async Task<string> ServiceAccountTokenAsync(LocalClusterServer cluster)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(cluster.Url, "api/v1/namespaces/default/serviceaccounts/default/token"))
        {
            Content = new StringContent("""{"apiVersion":"authentication.k8s.io/v1","kind":"TokenRequest","spec":{}}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", cluster.Token);
        using var response = await http.SendAsync(request);
        return (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["status"]!["token"]!;
    }
}
