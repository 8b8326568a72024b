using System.Net;
using k8s;
using k8s.Autorest;
using k8s.Models;

namespace Ferry.Conformance.Tests.Kubernetes;

/// <summary>limit/continue through KubernetesClient: later pages are a snapshot at the first page's version.</summary>
[Trait("Category", "Integration")]
public sealed class KubernetesClientPagingTests(WatchClusterFixture cluster) : IClassFixture<WatchClusterFixture>
{
    private k8s.Kubernetes Client => cluster.Client;

    [Fact]
    public async Task Continue_AfterChanges_ServesTheFirstPagesVersion()
    {
        var ns = await cluster.CreateNamespaceAsync("pages");
        foreach (var name in new[] { "a", "b", "c", "d" })
        {
            await Client.CoreV1.CreateNamespacedSecretAsync(Secret(name, "old"), ns);
        }

        var first = await Client.CoreV1.ListNamespacedSecretAsync(ns, limit: 2);
        await Client.CoreV1.DeleteNamespacedSecretAsync("d", ns);
        await Client.CoreV1.ReplaceNamespacedSecretAsync(Secret("c", "new"), "c", ns);
        await Client.CoreV1.CreateNamespacedSecretAsync(Secret("e", "new"), ns);
        var second = await Client.CoreV1.ListNamespacedSecretAsync(ns, limit: 5, continueParameter: first.Metadata.ContinueProperty);

        Assert.Equal(["a", "b"], first.Items.Select(s => s.Metadata.Name));
        Assert.Equal(["c", "d"], second.Items.Select(s => s.Metadata.Name));
        Assert.Equal("old", System.Text.Encoding.UTF8.GetString(second.Items[0].Data["v"]));
        Assert.Equal(first.Metadata.ResourceVersion, second.Metadata.ResourceVersion);
    }

    [Fact]
    public async Task Continue_OnceItsVersionLeftTheHistory_Is410Expired()
    {
        var ns = await cluster.CreateNamespaceAsync("expire");
        await Client.CoreV1.CreateNamespacedSecretAsync(Secret("a", "x"), ns);
        await Client.CoreV1.CreateNamespacedSecretAsync(Secret("b", "x"), ns);
        var first = await Client.CoreV1.ListNamespacedSecretAsync(ns, limit: 1);
        for (var i = 0; i <= WatchClusterFixture.HistorySize; i++)
        {
            await Client.CoreV1.CreateNamespacedConfigMapAsync(new V1ConfigMap { Metadata = new V1ObjectMeta { Name = "churn" + i } }, ns);
        }

        var error = await Assert.ThrowsAsync<HttpOperationException>(() =>
            Client.CoreV1.ListNamespacedSecretAsync(ns, limit: 1, continueParameter: first.Metadata.ContinueProperty));

        var status = KubernetesJson.Deserialize<V1Status>(error.Response.Content);
        Assert.Equal(HttpStatusCode.Gone, error.Response.StatusCode);
        Assert.Equal("Expired", status.Reason);
        Assert.Equal(410, status.Code);
    }

    private static V1Secret Secret(string name, string value) => new()
    {
        Metadata = new V1ObjectMeta { Name = name },
        StringData = new Dictionary<string, string> { ["v"] = value },
    };
}
