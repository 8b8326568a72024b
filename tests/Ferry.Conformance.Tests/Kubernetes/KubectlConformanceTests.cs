using System.Text.Json.Nodes;
using Ferry.Testing;
using k8s;
using k8s.Models;

namespace Ferry.Conformance.Tests.Kubernetes;

/// <summary>kubectl 1.32 against the local cluster; every test checks the objects kubectl left behind.</summary>
[Trait("Category", "Integration")]
public sealed class KubectlConformanceTests : IClassFixture<LocalClusterFixture>, IDisposable
{
    private readonly LocalClusterFixture _cluster;
    private readonly DirectoryInfo _cache = Directory.CreateTempSubdirectory("ferry-kubectl-cache-");
    private readonly Kubectl _kubectl;

    public KubectlConformanceTests(LocalClusterFixture cluster)
    {
        _cluster = cluster;
        _kubectl = new Kubectl(cluster.Server.KubeconfigPath, _cache.FullName);
    }

    private k8s.Kubernetes Client => _cluster.Client;

    public void Dispose() => _cache.Delete(recursive: true);

    [Fact]
    public async Task ApplyClientSide_SecretThenChangedSecret_UpdatesDataAndLastApplied()
    {
        var ns = await _cluster.CreateNamespaceAsync("csa");
        await _kubectl.SucceedAsync($"apply -n {ns} -f -", Secret("creds", "one"));
        var output = await _kubectl.SucceedAsync($"apply -n {ns} -f -", Secret("creds", "two"));

        var secret = await Client.CoreV1.ReadNamespacedSecretAsync("creds", ns);
        Assert.Contains("secret/creds configured", output, StringComparison.Ordinal);
        Assert.Equal("two", System.Text.Encoding.UTF8.GetString(secret.Data["password"]));
        Assert.Contains("\"password\":\"two\"", secret.Metadata.Annotations["kubectl.kubernetes.io/last-applied-configuration"], StringComparison.Ordinal);
        Assert.Contains(secret.Metadata.ManagedFields, m => m.Manager == "kubectl-client-side-apply" && m.Operation == "Update");
    }

    [Fact]
    public async Task ApplyServerSide_ConfigMap_OwnedByKubectlAndConflictsForOthers()
    {
        var ns = await _cluster.CreateNamespaceAsync("ssa");
        await _kubectl.SucceedAsync($"apply --server-side -n {ns} -f -", Map("settings", "blue"));
        var (exit, _, error) = await _kubectl.RunAsync($"apply --server-side --field-manager=intruder -n {ns} -f -", Map("settings", "red"));
        await _kubectl.SucceedAsync($"apply --server-side --force-conflicts --field-manager=intruder -n {ns} -f -", Map("settings", "red"));

        var map = await Client.CoreV1.ReadNamespacedConfigMapAsync("settings", ns);
        Assert.NotEqual(0, exit);
        Assert.Contains("conflict with \"kubectl\"", error, StringComparison.Ordinal);
        Assert.Equal("red", map.Data["color"]);
        Assert.Contains(map.Metadata.ManagedFields, m => m.Manager == "intruder" && m.Operation == "Apply");
    }

    [Fact]
    public async Task ApplyCrdAndCustomResource_WaitsEstablished_ServesDefaultsAndExplain()
    {
        await _kubectl.SucceedAsync("apply -f -", Widgets.Crd);
        await _kubectl.SucceedAsync("wait --for=condition=Established crd/widgets.example.com --timeout=20s");
        var ns = await _cluster.CreateNamespaceAsync("cr");
        await _kubectl.SucceedAsync($"apply -n {ns} -f -", """{"apiVersion":"example.com/v1","kind":"Widget","metadata":{"name":"w"},"spec":{"color":"blue"}}""");
        await _kubectl.SucceedAsync($"apply -n {ns} -f -", """{"apiVersion":"example.com/v1","kind":"Widget","metadata":{"name":"w"},"spec":{"color":"red"}}""");

        var size = await _kubectl.SucceedAsync($"get wd w -n {ns} -o jsonpath={{.spec.size}}");
        var json = JsonNode.Parse(await _kubectl.SucceedAsync($"get widget w -n {ns} -o json"))!;
        var explain = await _kubectl.SucceedAsync("explain widget.spec");
        var resources = await _kubectl.SucceedAsync("api-resources");

        Assert.Equal("3", size);
        Assert.Equal("red", (string?)json["spec"]!["color"]);
        Assert.Equal(2, (int)json["metadata"]!["generation"]!);
        Assert.Contains("size", explain, StringComparison.Ordinal);
        Assert.Contains(resources.Split('\n'), l => l.StartsWith("widgets ", StringComparison.Ordinal) && l.Contains("example.com/v1", StringComparison.Ordinal));
        Assert.Contains(resources.Split('\n'), l => l.StartsWith("leases ", StringComparison.Ordinal) && l.Contains("coordination.k8s.io/v1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task LabelAnnotateAndPatch_ChangeTheStoredObject()
    {
        var ns = await _cluster.CreateNamespaceAsync("edit");
        await _kubectl.SucceedAsync($"apply -n {ns} -f -", Map("edit", "green"));
        await _kubectl.SucceedAsync($"label configmap edit -n {ns} team=a");
        await _kubectl.SucceedAsync($"annotate configmap edit -n {ns} note=hello");
        await _kubectl.SucceedAsync($"patch configmap edit -n {ns} --type=merge -p {{\"data\":{{\"size\":\"m\"}}}}");
        await _kubectl.SucceedAsync($"patch configmap edit -n {ns} --type=json -p [{{\"op\":\"remove\",\"path\":\"/data/color\"}}]");
        await _kubectl.SucceedAsync($"patch configmap edit -n {ns} --type=strategic -p {{\"metadata\":{{\"finalizers\":[\"example.com/x\"]}}}}");

        var map = await Client.CoreV1.ReadNamespacedConfigMapAsync("edit", ns);
        Assert.Equal("a", map.Metadata.Labels["team"]);
        Assert.Equal("hello", map.Metadata.Annotations["note"]);
        Assert.Equal(new Dictionary<string, string> { ["size"] = "m" }, map.Data);
        Assert.Equal(["example.com/x"], map.Metadata.Finalizers);
        Assert.Contains(map.Metadata.ManagedFields, m => m.Manager == "kubectl-label");
    }

    [Theory]
    [InlineData("background", false)]
    [InlineData("foreground", false)]
    [InlineData("orphan", true)]
    public async Task DeleteWithCascade_TreatsDependentsAsKubernetesDoes(string cascade, bool dependentSurvives)
    {
        var ns = await _cluster.CreateNamespaceAsync("gc");
        var owner = await Client.CoreV1.CreateNamespacedConfigMapAsync(new V1ConfigMap { Metadata = new V1ObjectMeta { Name = "owner" } }, ns);
        var dependent = KubernetesClientCrudTests.Secret("dependent");
        dependent.Metadata.OwnerReferences = [new V1OwnerReference { ApiVersion = "v1", Kind = "ConfigMap", Name = "owner", Uid = owner.Metadata.Uid, BlockOwnerDeletion = true }];
        await Client.CoreV1.CreateNamespacedSecretAsync(dependent, ns);

        await _kubectl.SucceedAsync($"delete configmap owner -n {ns} --cascade={cascade}");

        // kubectl waits for the owner only; the garbage collector deals with dependents after that.
        var maps = await Client.CoreV1.ListNamespacedConfigMapAsync(ns);
        var secrets = await Eventually.UntilAsync(
            () => Client.CoreV1.ListNamespacedSecretAsync(ns),
            list => list.Items.Any(s => s.Metadata.Name == "dependent") == dependentSurvives
                && list.Items.All(s => s.Metadata.OwnerReferences is null));
        Assert.DoesNotContain(maps.Items, m => m.Metadata.Name == "owner");
        Assert.Equal(dependentSurvives, secrets.Items.Any(s => s.Metadata.Name == "dependent"));
    }

    [Fact]
    public async Task WaitForDelete_ReturnsOnceTheObjectIsGone()
    {
        var ns = await _cluster.CreateNamespaceAsync("wait");
        await Client.CoreV1.CreateNamespacedConfigMapAsync(new V1ConfigMap { Metadata = new V1ObjectMeta { Name = "doomed", Finalizers = ["example.com/hold"] } }, ns);
        await _kubectl.SucceedAsync($"delete configmap doomed -n {ns} --wait=false");
        using var wait = _kubectl.Start($"wait --for=delete configmap/doomed -n {ns} --timeout=30s -v=6");
        await Kubectl.ReadUntilAsync(wait, l => l.Contains("watch=true", StringComparison.Ordinal), TimeSpan.FromSeconds(30), fromStandardError: true);

        await Client.CoreV1.PatchNamespacedConfigMapAsync(new V1Patch("""{"metadata":{"finalizers":null}}""", V1Patch.PatchType.MergePatch), "doomed", ns);
        var line = await Kubectl.ReadUntilAsync(wait, l => l.Contains("condition met", StringComparison.Ordinal), TimeSpan.FromSeconds(30));

        Assert.Contains("configmap/doomed", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetWatch_ShowsEventsAsTheyHappen()
    {
        var ns = await _cluster.CreateNamespaceAsync("getw");
        using var watch = _kubectl.Start($"get configmaps -n {ns} -w --output-watch-events");
        await Kubectl.ReadUntilAsync(watch, l => l.Contains("kube-root-ca.crt", StringComparison.Ordinal), TimeSpan.FromSeconds(30));

        await Client.CoreV1.CreateNamespacedConfigMapAsync(new V1ConfigMap { Metadata = new V1ObjectMeta { Name = "fresh" } }, ns);
        var added = await Kubectl.ReadUntilAsync(watch, l => l.Contains("fresh", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        await Client.CoreV1.DeleteNamespacedConfigMapAsync("fresh", ns);
        var deleted = await Kubectl.ReadUntilAsync(watch, l => l.Contains("DELETED", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        watch.Kill();

        Assert.Contains("ADDED", added, StringComparison.Ordinal);
        Assert.Contains("fresh", deleted, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeleteNamespace_RemovesEverythingInIt()
    {
        var ns = await _cluster.CreateNamespaceAsync("doomed");
        await _kubectl.SucceedAsync($"apply -n {ns} -f -", Secret("inside", "x"));

        await _kubectl.SucceedAsync($"delete namespace {ns} --timeout=30s");

        var namespaces = await Client.CoreV1.ListNamespaceAsync();
        var secrets = await Client.CoreV1.ListSecretForAllNamespacesAsync(fieldSelector: "metadata.namespace=" + ns);
        Assert.DoesNotContain(namespaces.Items, n => n.Metadata.Name == ns);
        Assert.Empty(secrets.Items);
    }

    [Fact]
    public async Task GetYaml_ShowsTheStoredObject()
    {
        var ns = await _cluster.CreateNamespaceAsync("yaml");
        await _kubectl.SucceedAsync($"apply -n {ns} -f -", Secret("shown", "v"));

        var yaml = await _kubectl.SucceedAsync($"get secret shown -n {ns} -o yaml");

        Assert.Contains("kind: Secret", yaml, StringComparison.Ordinal);
        Assert.Contains("password: dg==", yaml, StringComparison.Ordinal);
        Assert.Contains("type: Opaque", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApplyServerSide_EsoCrds_AreEstablishedAndServeTheirKinds()
    {
        await _kubectl.SucceedAsync($"apply --server-side -f {Ferry.Testing.RepoPaths.EsoCrds}");
        await _kubectl.SucceedAsync("wait --for=condition=Established crd/externalsecrets.external-secrets.io crd/secretstores.external-secrets.io --timeout=30s");
        var ns = await _cluster.CreateNamespaceAsync("eso");
        await _kubectl.SucceedAsync($"apply -n {ns} -f -", """
            {"apiVersion":"external-secrets.io/v1","kind":"ExternalSecret","metadata":{"name":"db"},
             "spec":{"secretStoreRef":{"name":"vault","kind":"SecretStore"},"target":{"name":"db"},
                     "data":[{"secretKey":"password","remoteRef":{"key":"db","property":"password"}}]}}
            """);

        var stored = JsonNode.Parse(await _kubectl.SucceedAsync($"get externalsecret db -n {ns} -o json"))!;
        var explain = await _kubectl.SucceedAsync("explain externalsecret.spec.refreshInterval");

        Assert.Equal("1h0m0s", (string?)stored["spec"]!["refreshInterval"]);
        Assert.Equal("Owner", (string?)stored["spec"]!["target"]!["creationPolicy"]);
        Assert.Contains("refreshInterval", explain, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateGenerators_SendingProtobuf_CreateTheObjects()
    {
        var ns = "gen-" + Guid.NewGuid().ToString("N")[..8];
        await _kubectl.SucceedAsync($"create namespace {ns}");
        await _kubectl.SucceedAsync($"create secret generic creds -n {ns} --from-literal=password=hunter2");
        await _kubectl.SucceedAsync($"create configmap settings -n {ns} --from-literal=color=blue");
        await _kubectl.SucceedAsync($"create serviceaccount robot -n {ns}");
        var token = await _kubectl.SucceedAsync($"create token robot -n {ns} --audience vault --duration 20m");

        var secret = await Client.CoreV1.ReadNamespacedSecretAsync("creds", ns);
        var map = await Client.CoreV1.ReadNamespacedConfigMapAsync("settings", ns);
        var review = await Client.AuthenticationV1.CreateTokenReviewAsync(new V1TokenReview { Spec = new V1TokenReviewSpec { Token = token.Trim(), Audiences = ["vault"] } });
        Assert.Equal("hunter2", System.Text.Encoding.UTF8.GetString(secret.Data["password"]));
        Assert.Equal("blue", map.Data["color"]);
        Assert.True(review.Status.Authenticated);
        Assert.Equal($"system:serviceaccount:{ns}:robot", review.Status.User.Username);
    }

    [Fact]
    public async Task ManagedFields_CreateOwnsMapsWholeAndApplyOwnsTheirKeys_AsStructuredMergeDiff()
    {
        var ns = await _cluster.CreateNamespaceAsync("owners");
        await _kubectl.SucceedAsync($"create configmap created -n {ns} --from-literal=a=1");
        await _kubectl.SucceedAsync($"apply --server-side -n {ns} -f -", """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"applied","labels":{"app":"x"}},"data":{"color":"blue"}}""");
        await _kubectl.SucceedAsync($"label configmap applied -n {ns} team=y");

        var created = JsonNode.Parse(await _kubectl.SucceedAsync($"get configmap created -n {ns} -o json --show-managed-fields"))!;
        var applied = JsonNode.Parse(await _kubectl.SucceedAsync($"get configmap applied -n {ns} -o json --show-managed-fields"))!;
        string? Fields(JsonNode obj, string manager) =>
            obj["metadata"]!["managedFields"]!.AsArray().Single(e => (string?)e!["manager"] == manager)!["fieldsV1"]!.ToJsonString();

        Assert.Equal("""{"f:data":{".":{},"f:a":{}}}""", Fields(created, "kubectl-create"));
        Assert.Equal("""{"f:data":{"f:color":{}},"f:metadata":{"f:labels":{"f:app":{}}}}""", Fields(applied, "kubectl"));
        Assert.Equal("""{"f:metadata":{"f:labels":{"f:team":{}}}}""", Fields(applied, "kubectl-label"));
    }

    private static string Secret(string name, string password) =>
        $$$"""{"apiVersion":"v1","kind":"Secret","metadata":{"name":"{{{name}}}"},"stringData":{"password":"{{{password}}}"}}""";

    private static string Map(string name, string color) =>
        $$$"""{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"{{{name}}}"},"data":{"color":"{{{color}}}"}}""";
}
