using Ferry.Testing;
using k8s;
using k8s.Models;

namespace Ferry.Conformance.Tests.Kubernetes;

/// <summary>Deletion as controllers see it through KubernetesClient: foreground owners and terminating namespaces wait.</summary>
[Trait("Category", "Integration")]
public sealed class KubernetesClientDeletionTests(LocalClusterFixture cluster) : IClassFixture<LocalClusterFixture>
{
    private k8s.Kubernetes Client => cluster.Client;

    [Fact]
    public async Task ForegroundDelete_OwnerStaysWithItsFinalizerUntilTheBlockingDependentIsGone()
    {
        var ns = await cluster.CreateNamespaceAsync("fg");
        var owner = await Client.CoreV1.CreateNamespacedConfigMapAsync(new V1ConfigMap { Metadata = new V1ObjectMeta { Name = "owner" } }, ns);
        await Client.CoreV1.CreateNamespacedSecretAsync(new V1Secret
        {
            Metadata = new V1ObjectMeta
            {
                Name = "held",
                Finalizers = ["example.com/hold"],
                OwnerReferences = [new V1OwnerReference { ApiVersion = "v1", Kind = "ConfigMap", Name = "owner", Uid = owner.Metadata.Uid, BlockOwnerDeletion = true }],
            },
        }, ns);

        await Client.CoreV1.DeleteNamespacedConfigMapAsync("owner", ns, propagationPolicy: "Foreground");
        var dependent = await Eventually.UntilAsync(() => Client.CoreV1.ReadNamespacedSecretAsync("held", ns), s => s.Metadata.DeletionTimestamp is not null);
        var waiting = await Client.CoreV1.ReadNamespacedConfigMapAsync("owner", ns);
        await Client.CoreV1.PatchNamespacedSecretAsync(new V1Patch("""{"metadata":{"finalizers":null}}""", V1Patch.PatchType.MergePatch), "held", ns);
        await Eventually.True(async () => (await Client.CoreV1.ListNamespacedConfigMapAsync(ns, fieldSelector: "metadata.name=owner")).Items.Count == 0, "the owner went");

        Assert.Contains("foregroundDeletion", waiting.Metadata.Finalizers);
        Assert.NotNull(waiting.Metadata.DeletionTimestamp);
        Assert.NotNull(dependent.Metadata.DeletionTimestamp);
    }

    [Fact]
    public async Task DeleteNamespace_IsTerminatingWithConditionsUntilItsContentIsGone()
    {
        var ns = await cluster.CreateNamespaceAsync("term");
        await Client.CoreV1.CreateNamespacedConfigMapAsync(new V1ConfigMap { Metadata = new V1ObjectMeta { Name = "held", Finalizers = ["example.com/hold"] } }, ns);

        await Client.CoreV1.DeleteNamespaceAsync(ns);
        var terminating = await Eventually.UntilAsync(
            () => Client.CoreV1.ReadNamespaceAsync(ns),
            n => n.Status.Conditions?.Any(c => c.Type == "NamespaceFinalizersRemaining" && c.Status == "True") == true);
        var created = await Assert.ThrowsAsync<k8s.Autorest.HttpOperationException>(() =>
            Client.CoreV1.CreateNamespacedSecretAsync(new V1Secret { Metadata = new V1ObjectMeta { Name = "late" } }, ns));
        await Client.CoreV1.PatchNamespacedConfigMapAsync(new V1Patch("""{"metadata":{"finalizers":null}}""", V1Patch.PatchType.MergePatch), "held", ns);
        await Eventually.True(async () => (await Client.CoreV1.ListNamespaceAsync(fieldSelector: "metadata.name=" + ns)).Items.Count == 0, "the namespace went");

        Assert.Equal("Terminating", terminating.Status.Phase);
        Assert.Contains(terminating.Status.Conditions, c => c.Type == "NamespaceContentRemaining" && c.Reason == "SomeResourcesRemain"
            && c.Message == "Some resources are remaining: configmaps has 1 resource instances");
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, created.Response.StatusCode);
    }
}
