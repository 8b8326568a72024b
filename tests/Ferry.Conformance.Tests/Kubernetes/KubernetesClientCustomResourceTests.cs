using System.Net;
using System.Text.Json.Nodes;
using k8s;
using k8s.Autorest;
using k8s.Models;

namespace Ferry.Conformance.Tests.Kubernetes;

/// <summary>Custom resources through KubernetesClient's generic API: CRD registration, defaulting, pruning, status, generation.</summary>
[Trait("Category", "Integration")]
public sealed class KubernetesClientCustomResourceTests(LocalClusterFixture cluster) : IClassFixture<LocalClusterFixture>
{
    private k8s.Kubernetes Client => cluster.Client;

    [Fact]
    public async Task CreateWidget_AppliesDefaultsAndStartsAtGenerationOne()
    {
        await Widgets.EnsureAsync(Client);
        var ns = await cluster.CreateNamespaceAsync("cr");

        var created = Widgets.AsJson(await Client.CustomObjects.CreateNamespacedCustomObjectAsync(Widgets.Widget("w", """{"color":"red"}"""), Widgets.Group, "v1", ns, Widgets.Plural));

        Assert.Equal(3, (int)created["spec"]!["size"]!);
        Assert.Equal(1, (int)created["metadata"]!["generation"]!);
        Assert.Equal("example.com/v1", (string?)created["apiVersion"]);
    }

    [Fact]
    public async Task CreateWidget_UnknownFieldUnderStrict_Returns400AndUnderWarnPrunesWithWarning()
    {
        await Widgets.EnsureAsync(Client);
        var ns = await cluster.CreateNamespaceAsync("cr");

        var strict = await Assert.ThrowsAsync<HttpOperationException>(() => Client.CustomObjects.CreateNamespacedCustomObjectAsync(
            Widgets.Widget("s", """{"color":"red","bogus":1}"""), Widgets.Group, "v1", ns, Widgets.Plural, fieldValidation: "Strict"));
        var warned = await Client.CustomObjects.CreateNamespacedCustomObjectWithHttpMessagesAsync(
            Widgets.Widget("w", """{"color":"red","bogus":1}"""), Widgets.Group, "v1", ns, Widgets.Plural);

        Assert.Equal(HttpStatusCode.BadRequest, strict.Response.StatusCode);
        Assert.Equal("strict decoding error: unknown field \"spec.bogus\"", KubernetesClientCrudTests.Status(strict).GetProperty("message").GetString());
        Assert.Null(Widgets.AsJson(warned.Body)["spec"]!["bogus"]);
        Assert.Contains(warned.Response.Headers.GetValues("Warning"), w => w.Contains("unknown field \\\"spec.bogus\\\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CreateWidget_InvalidEnumValue_Returns422()
    {
        await Widgets.EnsureAsync(Client);
        var ns = await cluster.CreateNamespaceAsync("cr");

        var error = await Assert.ThrowsAsync<HttpOperationException>(() => Client.CustomObjects.CreateNamespacedCustomObjectAsync(
            Widgets.Widget("bad", """{"color":"green"}"""), Widgets.Group, "v1", ns, Widgets.Plural));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, error.Response.StatusCode);
        var message = KubernetesClientCrudTests.Status(error).GetProperty("message").GetString();
        Assert.StartsWith("Widget.example.com \"bad\" is invalid: ", message, StringComparison.Ordinal);
        Assert.Contains("spec.color: Unsupported value: \"green\": supported values: \"red\", \"blue\"", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateWidget_BreakingCelRule_Returns422WithTheRuleMessage()
    {
        await Widgets.EnsureAsync(Client);
        var ns = await cluster.CreateNamespaceAsync("cr");

        var error = await Assert.ThrowsAsync<HttpOperationException>(() => Client.CustomObjects.CreateNamespacedCustomObjectAsync(
            Widgets.Widget("big", """{"color":"red","size":11}"""), Widgets.Group, "v1", ns, Widgets.Plural));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, error.Response.StatusCode);
        var status = KubernetesClientCrudTests.Status(error);
        Assert.Contains("size must be at most 10", status.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("spec", status.GetProperty("details").GetProperty("causes")[0].GetProperty("field").GetString());
    }

    [Fact]
    public async Task StatusSubresource_OnlyStatusWritesChangeStatus_AndOnlySpecChangesBumpGeneration()
    {
        await Widgets.EnsureAsync(Client);
        var ns = await cluster.CreateNamespaceAsync("cr");
        var withStatus = Widgets.Widget("st", """{"color":"red"}""");
        withStatus["status"] = new JsonObject { ["ready"] = true };
        await Client.CustomObjects.CreateNamespacedCustomObjectAsync(withStatus, Widgets.Group, "v1", ns, Widgets.Plural);

        var statusPatch = new V1Patch("""{"status":{"ready":true}}""", V1Patch.PatchType.MergePatch);
        var afterStatus = Widgets.AsJson(await Client.CustomObjects.PatchNamespacedCustomObjectStatusAsync(statusPatch, Widgets.Group, "v1", ns, Widgets.Plural, "st"));
        var mainPatch = new V1Patch("""{"status":{"ready":false},"metadata":{"labels":{"a":"b"}}}""", V1Patch.PatchType.MergePatch);
        var afterMain = Widgets.AsJson(await Client.CustomObjects.PatchNamespacedCustomObjectAsync(mainPatch, Widgets.Group, "v1", ns, Widgets.Plural, "st"));
        var specPatch = new V1Patch("""{"spec":{"size":5}}""", V1Patch.PatchType.MergePatch);
        var afterSpec = Widgets.AsJson(await Client.CustomObjects.PatchNamespacedCustomObjectAsync(specPatch, Widgets.Group, "v1", ns, Widgets.Plural, "st"));

        Assert.True((bool)afterStatus["status"]!["ready"]!);
        Assert.Equal(1, (int)afterStatus["metadata"]!["generation"]!);
        Assert.True((bool)afterMain["status"]!["ready"]!);
        Assert.Equal(1, (int)afterMain["metadata"]!["generation"]!);
        Assert.Equal(2, (int)afterSpec["metadata"]!["generation"]!);
    }

    [Fact]
    public async Task StrategicMergePatch_OnCustomResource_Returns415()
    {
        await Widgets.EnsureAsync(Client);
        var ns = await cluster.CreateNamespaceAsync("cr");
        await Client.CustomObjects.CreateNamespacedCustomObjectAsync(Widgets.Widget("smp", """{"color":"red"}"""), Widgets.Group, "v1", ns, Widgets.Plural);

        var error = await Assert.ThrowsAsync<HttpOperationException>(() => Client.CustomObjects.PatchNamespacedCustomObjectAsync(
            new V1Patch("""{"spec":{"size":4}}""", V1Patch.PatchType.StrategicMergePatch), Widgets.Group, "v1", ns, Widgets.Plural, "smp"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, error.Response.StatusCode);
    }

    [Fact]
    public async Task ListWidgets_AcrossNamespaces_WithLabelSelector()
    {
        await Widgets.EnsureAsync(Client);
        var ns1 = await cluster.CreateNamespaceAsync("cr");
        var ns2 = await cluster.CreateNamespaceAsync("cr");
        var labelled = Widgets.Widget("l", """{"color":"blue"}""");
        labelled["metadata"]!["labels"] = new JsonObject { ["pick"] = ns1 };
        await Client.CustomObjects.CreateNamespacedCustomObjectAsync(labelled, Widgets.Group, "v1", ns1, Widgets.Plural);
        var other = Widgets.Widget("l", """{"color":"blue"}""");
        other["metadata"]!["labels"] = new JsonObject { ["pick"] = ns1 };
        await Client.CustomObjects.CreateNamespacedCustomObjectAsync(other, Widgets.Group, "v1", ns2, Widgets.Plural);

        var list = Widgets.AsJson(await Client.CustomObjects.ListClusterCustomObjectAsync(Widgets.Group, "v1", Widgets.Plural, labelSelector: "pick=" + ns1));

        Assert.Equal("WidgetList", (string?)list["kind"]);
        Assert.Equal(new[] { ns1, ns2 }.Order(), list["items"]!.AsArray().Select(i => (string?)i!["metadata"]!["namespace"]).Order());
    }

    [Fact]
    public async Task DeleteCrd_RemovesItsObjectsAndStopsServingIt()
    {
        var crd = KubernetesJson.Deserialize<V1CustomResourceDefinition>(Widgets.Crd.Replace("widgets", "gadgets", StringComparison.Ordinal).Replace("\"Widget\"", "\"Gadget\"", StringComparison.Ordinal).Replace("\"widget\"", "\"gadget\"", StringComparison.Ordinal).Replace("\"wd\"", "\"gd\"", StringComparison.Ordinal));
        await Client.ApiextensionsV1.CreateCustomResourceDefinitionAsync(crd);
        var ns = await cluster.CreateNamespaceAsync("crd");
        var gadget = JsonNode.Parse("""{"apiVersion":"example.com/v1","kind":"Gadget","metadata":{"name":"g"},"spec":{}}""")!;
        await Client.CustomObjects.CreateNamespacedCustomObjectAsync(gadget, Widgets.Group, "v1", ns, "gadgets");

        await Client.ApiextensionsV1.DeleteCustomResourceDefinitionAsync("gadgets.example.com");
        var crdGone = await Assert.ThrowsAsync<HttpOperationException>(() => Client.ApiextensionsV1.ReadCustomResourceDefinitionAsync("gadgets.example.com"));
        var kindGone = await Assert.ThrowsAsync<HttpOperationException>(() => Client.CustomObjects.ListNamespacedCustomObjectAsync(Widgets.Group, "v1", ns, "gadgets"));

        Assert.Equal(HttpStatusCode.NotFound, crdGone.Response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, kindGone.Response.StatusCode);
    }
}
