using System.Net;
using System.Text;
using k8s;
using k8s.Autorest;
using k8s.Models;

namespace Ferry.Conformance.Tests.Kubernetes;

/// <summary>Each patch type KubernetesClient sends: JSON patch, merge, strategic merge and server-side apply.</summary>
[Trait("Category", "Integration")]
public sealed class KubernetesClientPatchTests(LocalClusterFixture cluster) : IClassFixture<LocalClusterFixture>
{
    private k8s.Kubernetes Client => cluster.Client;

    [Fact]
    public async Task JsonPatch_AddAndRemove_ChangesOnlyThosePaths()
    {
        var ns = await cluster.CreateNamespaceAsync("patch");
        await Client.CoreV1.CreateNamespacedConfigMapAsync(Map("j", ("a", "1"), ("b", "2")), ns);
        var patch = new V1Patch("""[{"op":"add","path":"/data/c","value":"3"},{"op":"remove","path":"/data/a"},{"op":"test","path":"/data/b","value":"2"}]""", V1Patch.PatchType.JsonPatch);

        var patched = await Client.CoreV1.PatchNamespacedConfigMapAsync(patch, "j", ns);

        Assert.Equal(new Dictionary<string, string> { ["b"] = "2", ["c"] = "3" }, patched.Data);
    }

    [Fact]
    public async Task JsonPatch_FailedTest_Returns422AndChangesNothing()
    {
        var ns = await cluster.CreateNamespaceAsync("patch");
        var created = await Client.CoreV1.CreateNamespacedConfigMapAsync(Map("t", ("a", "1")), ns);
        var patch = new V1Patch("""[{"op":"replace","path":"/data/a","value":"9"},{"op":"test","path":"/data/a","value":"1"}]""", V1Patch.PatchType.JsonPatch);

        var error = await Assert.ThrowsAsync<HttpOperationException>(() => Client.CoreV1.PatchNamespacedConfigMapAsync(patch, "t", ns));
        var after = await Client.CoreV1.ReadNamespacedConfigMapAsync("t", ns);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, error.Response.StatusCode);
        Assert.Equal(created.Metadata.ResourceVersion, after.Metadata.ResourceVersion);
    }

    [Fact]
    public async Task MergePatch_NullRemovesKey_AndLabelsMerge()
    {
        var ns = await cluster.CreateNamespaceAsync("patch");
        var map = Map("m", ("a", "1"), ("b", "2"));
        map.Metadata.Labels = new Dictionary<string, string> { ["keep"] = "yes" };
        await Client.CoreV1.CreateNamespacedConfigMapAsync(map, ns);
        var patch = new V1Patch("""{"metadata":{"labels":{"new":"1"}},"data":{"a":null,"c":"3"}}""", V1Patch.PatchType.MergePatch);

        var patched = await Client.CoreV1.PatchNamespacedConfigMapAsync(patch, "m", ns);

        Assert.Equal(new Dictionary<string, string> { ["b"] = "2", ["c"] = "3" }, patched.Data);
        Assert.Equal(new Dictionary<string, string> { ["keep"] = "yes", ["new"] = "1" }, patched.Metadata.Labels);
    }

    [Fact]
    public async Task StrategicMergePatch_OwnerReferences_MergeByUid()
    {
        var ns = await cluster.CreateNamespaceAsync("patch");
        var owner1 = await Client.CoreV1.CreateNamespacedConfigMapAsync(Map("o1"), ns);
        var owner2 = await Client.CoreV1.CreateNamespacedConfigMapAsync(Map("o2"), ns);
        var secret = KubernetesClientCrudTests.Secret("dependent");
        secret.Metadata.OwnerReferences = [Reference(owner1)];
        await Client.CoreV1.CreateNamespacedSecretAsync(secret, ns);
        var patch = new V1Patch(
            $$$"""{"metadata":{"ownerReferences":[{"apiVersion":"v1","kind":"ConfigMap","name":"o2","uid":"{{{owner2.Metadata.Uid}}}"}],"finalizers":["example.com/a"]}}""",
            V1Patch.PatchType.StrategicMergePatch);

        var patched = await Client.CoreV1.PatchNamespacedSecretAsync(patch, "dependent", ns);

        Assert.Equal([owner1.Metadata.Uid, owner2.Metadata.Uid], patched.Metadata.OwnerReferences.Select(o => o.Uid));
        Assert.Equal(["example.com/a"], patched.Metadata.Finalizers);
    }

    [Fact]
    public async Task ApplyPatch_SecondManagerChangingAField_ConflictsUntilForced()
    {
        var ns = await cluster.CreateNamespaceAsync("apply");
        var first = new V1Patch("""{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"shared"},"data":{"owned":"1","other":"x"}}""", V1Patch.PatchType.ApplyPatch);
        var created = await Client.CoreV1.PatchNamespacedConfigMapAsync(first, "shared", ns, fieldManager: "alpha");
        var second = new V1Patch("""{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"shared"},"data":{"owned":"2"}}""", V1Patch.PatchType.ApplyPatch);

        var conflict = await Assert.ThrowsAsync<HttpOperationException>(() => Client.CoreV1.PatchNamespacedConfigMapAsync(second, "shared", ns, fieldManager: "beta"));
        var forced = await Client.CoreV1.PatchNamespacedConfigMapAsync(second, "shared", ns, fieldManager: "beta", force: true);

        Assert.Equal("1", created.Data["owned"]);
        Assert.Equal(HttpStatusCode.Conflict, conflict.Response.StatusCode);
        var status = KubernetesClientCrudTests.Status(conflict);
        Assert.Equal("Apply failed with 1 conflict: conflict with \"alpha\": .data.owned", status.GetProperty("message").GetString());
        Assert.Equal(".data.owned", status.GetProperty("details").GetProperty("causes")[0].GetProperty("field").GetString());
        Assert.Equal("2", forced.Data["owned"]);
        var managers = forced.Metadata.ManagedFields.ToDictionary(m => m.Manager);
        Assert.Equal("Apply", managers["beta"].Operation);
        Assert.Contains("f:owned", managers["beta"].FieldsV1.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("f:owned", managers["alpha"].FieldsV1.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApplyPatch_FieldDroppedFromConfiguration_IsRemovedFromObject()
    {
        var ns = await cluster.CreateNamespaceAsync("apply");
        var full = new V1Patch("""{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"shrink","labels":{"a":"1"}},"data":{"x":"1","z":"2"}}""", V1Patch.PatchType.ApplyPatch);
        await Client.CoreV1.PatchNamespacedConfigMapAsync(full, "shrink", ns, fieldManager: "tool");
        var merge = new V1Patch("""{"data":{"foreign":"f"}}""", V1Patch.PatchType.MergePatch);
        await Client.CoreV1.PatchNamespacedConfigMapAsync(merge, "shrink", ns, fieldManager: "someone-else");
        var smaller = new V1Patch("""{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"shrink"},"data":{"x":"1"}}""", V1Patch.PatchType.ApplyPatch);

        var applied = await Client.CoreV1.PatchNamespacedConfigMapAsync(smaller, "shrink", ns, fieldManager: "tool");

        Assert.Equal(new Dictionary<string, string> { ["foreign"] = "f", ["x"] = "1" }, applied.Data);
        Assert.Null(applied.Metadata.Labels);
    }

    [Fact]
    public async Task Update_SameContent_KeepsResourceVersion()
    {
        var ns = await cluster.CreateNamespaceAsync("noop");
        var created = await Client.CoreV1.CreateNamespacedConfigMapAsync(Map("same", ("a", "1")), ns);

        var replaced = await Client.CoreV1.ReplaceNamespacedConfigMapAsync(created, "same", ns);

        Assert.Equal(created.Metadata.ResourceVersion, replaced.Metadata.ResourceVersion);
        Assert.Equal("1", Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(replaced.Data["a"])));
    }

    private static V1ConfigMap Map(string name, params (string Key, string Value)[] data) => new()
    {
        Metadata = new V1ObjectMeta { Name = name },
        Data = data.Length == 0 ? null : data.ToDictionary(d => d.Key, d => d.Value),
    };

    private static V1OwnerReference Reference(V1ConfigMap owner) =>
        new() { ApiVersion = "v1", Kind = "ConfigMap", Name = owner.Metadata.Name, Uid = owner.Metadata.Uid };
}
