using k8s;
using k8s.Models;

namespace Ferry.Conformance.Tests.Kubernetes;

/// <summary>Metadata-only reads (as=PartialObjectMetadata) through KubernetesClient, as metadata informers send them.</summary>
[Trait("Category", "Integration")]
public sealed class KubernetesClientMetadataTests(LocalClusterFixture cluster) : IClassFixture<LocalClusterFixture>
{
    private const string MetadataAccept = "application/json;as=PartialObjectMetadata;g=meta.k8s.io;v=v1,application/json";
    private const string MetadataListAccept = "application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1,application/json";

    private k8s.Kubernetes Client => cluster.Client;

    private static Dictionary<string, IReadOnlyList<string>> Accept(string value) => new() { ["Accept"] = [value] };

    [Fact]
    public async Task GetAndList_AsPartialObjectMetadata_CarryMetadataButNoData()
    {
        var ns = await cluster.CreateNamespaceAsync("meta");
        await Client.CoreV1.CreateNamespacedSecretAsync(Secret("creds", "app", "db"), ns);

        using var got = await Client.CoreV1.ReadNamespacedSecretWithHttpMessagesAsync("creds", ns, customHeaders: Accept(MetadataAccept));
        using var listed = await Client.CoreV1.ListNamespacedSecretWithHttpMessagesAsync(ns, customHeaders: Accept(MetadataListAccept));

        Assert.Equal("PartialObjectMetadata", got.Body.Kind);
        Assert.Equal("meta.k8s.io/v1", got.Body.ApiVersion);
        Assert.Equal("db", got.Body.Metadata.Labels["app"]);
        Assert.Null(got.Body.Data);
        Assert.Null(got.Body.Type);
        Assert.Equal("PartialObjectMetadataList", listed.Body.Kind);
        Assert.False(string.IsNullOrEmpty(listed.Body.Metadata.ResourceVersion));
        var item = Assert.Single(listed.Body.Items);
        Assert.Equal("PartialObjectMetadata", item.Kind);
        Assert.Equal("creds", item.Metadata.Name);
        Assert.Null(item.Data);
    }

    [Fact]
    public async Task Watch_AsPartialObjectMetadata_SendsMetadataOnlyEvents()
    {
        var ns = await cluster.CreateNamespaceAsync("metaw");
        var list = await Client.CoreV1.ListNamespacedSecretAsync(ns);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var events = new List<(WatchEventType Type, V1Secret Object)>();
        // KubernetesClient's HttpClient (its TLS trust) and its watch-event decoding; the generated watch helpers
        // cannot send a custom Accept header. The watch ends after two seconds.
        var config = KubernetesClientConfiguration.BuildConfigFromConfigFile(cluster.Server.KubeconfigPath);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Client.BaseUri,
            $"api/v1/namespaces/{ns}/secrets?watch=true&timeoutSeconds=2&resourceVersion={list.Metadata.ResourceVersion}"));
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", config.AccessToken);
        request.Headers.TryAddWithoutValidation("Accept", MetadataAccept);
        using var response = await Client.HttpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, stop.Token);
        await Client.CoreV1.CreateNamespacedSecretAsync(Secret("watched", "app", "x"), ns);
        await Client.CoreV1.DeleteNamespacedSecretAsync("watched", ns);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(stop.Token));
        while (await reader.ReadLineAsync(stop.Token) is { Length: > 0 } line)
        {
            var change = KubernetesJson.Deserialize<Watcher<V1Secret>.WatchEvent>(line);
            events.Add((change.Type, change.Object));
        }

        Assert.Equal([WatchEventType.Added, WatchEventType.Deleted], events.Select(e => e.Type));
        Assert.All(events, e => Assert.Equal("PartialObjectMetadata", e.Object.Kind));
        Assert.All(events, e => Assert.Null(e.Object.Data));
        Assert.Equal("x", events[0].Object.Metadata.Labels["app"]);
    }

    private static V1Secret Secret(string name, string label, string value) => new()
    {
        Metadata = new V1ObjectMeta { Name = name, Labels = new Dictionary<string, string> { [label] = value } },
        StringData = new Dictionary<string, string> { ["password"] = "hunter2" },
    };
}
