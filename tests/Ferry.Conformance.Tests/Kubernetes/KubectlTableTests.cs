using System.Text.RegularExpressions;
using k8s;
using k8s.Models;

namespace Ferry.Conformance.Tests.Kubernetes;

/// <summary>kubectl get's default output: server-side Tables with the kinds' printer columns and CRD columns.</summary>
[Trait("Category", "Integration")]
public sealed partial class KubectlTableTests : IClassFixture<LocalClusterFixture>, IDisposable
{
    private readonly LocalClusterFixture _cluster;
    private readonly DirectoryInfo _cache = Directory.CreateTempSubdirectory("ferry-kubectl-cache-");
    private readonly Kubectl _kubectl;

    public KubectlTableTests(LocalClusterFixture cluster)
    {
        _cluster = cluster;
        _kubectl = new Kubectl(cluster.Server.KubeconfigPath, _cache.FullName);
    }

    private k8s.Kubernetes Client => _cluster.Client;

    public void Dispose() => _cache.Delete(recursive: true);

    [Fact]
    public async Task GetSecretsAndNamespace_PrintTheBuiltInColumns()
    {
        var ns = await _cluster.CreateNamespaceAsync("table");
        await _kubectl.SucceedAsync($"create secret generic creds -n {ns} --from-literal=a=1 --from-literal=b=2");

        var secrets = Rows(await _kubectl.SucceedAsync($"get secrets -n {ns}"));
        var namespaces = Rows(await _kubectl.SucceedAsync($"get namespace {ns}"));
        var maps = Rows(await _kubectl.SucceedAsync($"get configmaps -n {ns} --show-labels"));

        Assert.Equal(["NAME", "TYPE", "DATA", "AGE"], secrets[0]);
        Assert.Equal(["creds", "Opaque", "2"], secrets[1][..3]);
        Assert.Matches(AgePattern(), secrets[1][3]);
        Assert.Equal(["NAME", "STATUS", "AGE"], namespaces[0]);
        Assert.Equal([ns, "Active"], namespaces[1][..2]);
        Assert.Equal(["NAME", "DATA", "AGE", "LABELS"], maps[0]);
        Assert.Equal(["kube-root-ca.crt", "1"], maps[1][..2]);
        Assert.Equal("<none>", maps[1][3]);
    }

    [Fact]
    public async Task GetExternalSecrets_ShowsEsoPrinterColumns()
    {
        await _kubectl.SucceedAsync($"apply --server-side -f {Ferry.Testing.RepoPaths.EsoCrds}");
        await _kubectl.SucceedAsync("wait --for=condition=Established crd/externalsecrets.external-secrets.io --timeout=30s");
        var ns = await _cluster.CreateNamespaceAsync("esotable");
        await _kubectl.SucceedAsync($"apply -n {ns} -f -", """
            {"apiVersion":"external-secrets.io/v1","kind":"ExternalSecret","metadata":{"name":"db"},
             "spec":{"secretStoreRef":{"name":"vault","kind":"SecretStore"},"refreshInterval":"15m","target":{"name":"db"}}}
            """);
        var status = """{"status":{"refreshTime":"2020-01-01T00:00:00Z","conditions":[{"type":"Ready","status":"True","reason":"SecretSynced","message":"ok","lastTransitionTime":"2020-01-01T00:00:00Z"}]}}""";
        await Client.CustomObjects.PatchNamespacedCustomObjectStatusAsync(
            new V1Patch(status, V1Patch.PatchType.MergePatch), "external-secrets.io", "v1", ns, "externalsecrets", "db");

        var rows = Rows(await _kubectl.SucceedAsync($"get externalsecrets -n {ns}"));
        var wide = Rows(await _kubectl.SucceedAsync($"get es db -n {ns} -o wide"));

        Assert.Equal(["NAME", "STORETYPE", "STORE", "REFRESH INTERVAL", "STATUS", "READY", "LAST SYNC"], rows[0]);
        Assert.Equal(["db", "SecretStore", "vault", "15m", "SecretSynced", "True"], rows[1][..6]);
        Assert.Matches(YearsPattern(), rows[1][6]);
        Assert.Equal(rows[0], wide[0]);
    }

    [Fact]
    public async Task GetCustomResource_WideShowsPriorityColumns_TypedCellsAndMissingValues()
    {
        await _kubectl.SucceedAsync("apply -f -", GadgetCrd);
        await _kubectl.SucceedAsync("wait --for=condition=Established crd/gadgets.example.com --timeout=20s");
        var ns = await _cluster.CreateNamespaceAsync("gadget");
        await _kubectl.SucceedAsync($"apply -n {ns} -f -", """{"apiVersion":"example.com/v1","kind":"Gadget","metadata":{"name":"g"},"spec":{"size":4,"on":true}}""");

        var narrow = Rows(await _kubectl.SucceedAsync($"get gadgets -n {ns}"));
        var wide = Rows(await _kubectl.SucceedAsync($"get gadgets -n {ns} -o wide"));

        Assert.Equal(["NAME", "SIZE", "ON", "AGE"], narrow[0]);
        Assert.Equal(["g", "4", "true"], narrow[1][..3]);
        Assert.Equal(["NAME", "SIZE", "ON", "AGE", "OWNER"], wide[0]);
        Assert.Equal(4, wide[1].Length);
    }

    [Fact]
    public async Task GetWatch_TableEvents_PrintRowsUnderOneHeader()
    {
        var ns = await _cluster.CreateNamespaceAsync("tablew");
        using var watch = _kubectl.Start($"get secrets -n {ns} -w");
        await Client.CoreV1.CreateNamespacedSecretAsync(new V1Secret { Metadata = new V1ObjectMeta { Name = "first" }, StringData = new Dictionary<string, string> { ["k"] = "v" } }, ns);
        var seen = await Kubectl.ReadUntilAsync(watch, l => l.StartsWith("first", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        await Client.CoreV1.CreateNamespacedSecretAsync(new V1Secret { Metadata = new V1ObjectMeta { Name = "second" } }, ns);
        seen += await Kubectl.ReadUntilAsync(watch, l => l.StartsWith("second", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        watch.Kill();

        var rows = Rows(seen);
        Assert.Single(rows, r => r[0] == "NAME");
        Assert.Equal(["first", "Opaque", "1"], rows.Single(r => r[0] == "first")[..3]);
        Assert.Equal(["second", "Opaque", "0"], rows.Single(r => r[0] == "second")[..3]);
    }

    private const string GadgetCrd = """
        {"apiVersion":"apiextensions.k8s.io/v1","kind":"CustomResourceDefinition","metadata":{"name":"gadgets.example.com"},
         "spec":{"group":"example.com","scope":"Namespaced","names":{"kind":"Gadget","plural":"gadgets"},
          "versions":[{"name":"v1","served":true,"storage":true,
            "additionalPrinterColumns":[
              {"name":"Size","type":"integer","jsonPath":".spec.size"},
              {"name":"On","type":"boolean","jsonPath":".spec.on"},
              {"name":"Age","type":"date","jsonPath":".metadata.creationTimestamp"},
              {"name":"Owner","type":"string","jsonPath":".spec.owner","priority":1}],
            "schema":{"openAPIV3Schema":{"type":"object","properties":{"spec":{"type":"object","properties":{
              "size":{"type":"integer"},"on":{"type":"boolean"},"owner":{"type":"string"}}}}}}}]}}
        """;

    /// <summary>kubectl's columns are separated by at least two spaces (cells themselves may hold one).</summary>
    private static List<string[]> Rows(string output) =>
        [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => ColumnGap().Split(l.Trim()))];

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex ColumnGap();

    [GeneratedRegex(@"^\d+y(\d+d)?$")]
    private static partial Regex YearsPattern();

    [GeneratedRegex(@"^\d+s$")]
    private static partial Regex AgePattern();
}
