using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Ferry.LocalCluster;

namespace Ferry.Providers.Tests.Vault;

/// <summary>
/// What the controllers give providers in production (TokenRequest through the API server), here over plain HTTP to
/// an in-process local cluster.
/// </summary>
internal sealed class LocalClusterTokenSource(LocalClusterServer cluster) : IServiceAccountTokenSource
{
    private static readonly HttpClient Http = new();

    public int Requests { get; private set; }

    public static async Task<LocalClusterServer> StartClusterAsync(params string[] serviceAccounts)
    {
        var cluster = await LocalClusterServer.StartAsync(new LocalClusterOptions { PlainHttp = true });
        foreach (var name in serviceAccounts)
        {
            await SendAsync(cluster, "api/v1/namespaces/default/serviceaccounts", new JsonObject
            {
                ["apiVersion"] = "v1",
                ["kind"] = "ServiceAccount",
                ["metadata"] = new JsonObject { ["name"] = name },
            });
        }

        return cluster;
    }

    public async ValueTask<ServiceAccountToken> RequestTokenAsync(
        string @namespace, string name, IReadOnlyList<string> audiences, long expirationSeconds, CancellationToken cancellationToken)
    {
        Requests++;
        var spec = new JsonObject { ["expirationSeconds"] = expirationSeconds };
        if (audiences.Count > 0)
        {
            spec["audiences"] = new JsonArray([.. audiences.Select(a => (JsonNode)a)]);
        }

        var answer = await SendAsync(cluster, $"api/v1/namespaces/{@namespace}/serviceaccounts/{name}/token", new JsonObject
        {
            ["apiVersion"] = "authentication.k8s.io/v1",
            ["kind"] = "TokenRequest",
            ["spec"] = spec,
        });
        var status = answer["status"]!;
        return new ServiceAccountToken(
            SecretValue.FromString((string)status["token"]!),
            DateTimeOffset.Parse((string)status["expirationTimestamp"]!, CultureInfo.InvariantCulture));
    }

    private static async Task<JsonNode> SendAsync(LocalClusterServer cluster, string path, JsonObject body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(cluster.Url, path))
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", cluster.Token);
        using var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode ? JsonNode.Parse(text)! : throw new InvalidOperationException($"{path}: {(int)response.StatusCode} {text}");
    }
}
