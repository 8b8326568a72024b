using System.Net;
using System.Text;
using System.Text.Json;
using k8s;
using k8s.Autorest;
using k8s.Models;

namespace Ferry.Conformance.Tests.Kubernetes;

/// <summary>KubernetesClient 21 against the local cluster: typed CRUD, concurrency, lists, selectors, paging, errors.</summary>
[Trait("Category", "Integration")]
public sealed class KubernetesClientCrudTests(LocalClusterFixture cluster) : IClassFixture<LocalClusterFixture>
{
    private k8s.Kubernetes Client => cluster.Client;

    [Fact]
    public async Task CreateSecret_WithStringData_StoresItMergedIntoData()
    {
        var ns = await cluster.CreateNamespaceAsync("crud");
        var created = await Client.CoreV1.CreateNamespacedSecretAsync(new V1Secret
        {
            Metadata = new V1ObjectMeta { Name = "db" },
            Data = new Dictionary<string, byte[]> { ["user"] = Encoding.UTF8.GetBytes("admin") },
            StringData = new Dictionary<string, string> { ["password"] = "s3cret" },
        }, ns);

        var read = await Client.CoreV1.ReadNamespacedSecretAsync("db", ns);
        Assert.Equal("s3cret", Encoding.UTF8.GetString(read.Data["password"]));
        Assert.Equal("admin", Encoding.UTF8.GetString(read.Data["user"]));
        Assert.Null(read.StringData);
        Assert.Equal("Opaque", read.Type);
        Assert.False(string.IsNullOrEmpty(created.Metadata.Uid));
        Assert.NotNull(created.Metadata.CreationTimestamp);
        Assert.Equal(created.Metadata.ResourceVersion, read.Metadata.ResourceVersion);
    }

    [Fact]
    public async Task ReplaceSecret_WithStaleResourceVersion_Returns409Conflict()
    {
        var ns = await cluster.CreateNamespaceAsync("crud");
        var first = await Client.CoreV1.CreateNamespacedSecretAsync(Secret("s"), ns);
        first.Data = new Dictionary<string, byte[]> { ["k"] = [1] };
        var second = await Client.CoreV1.ReplaceNamespacedSecretAsync(first, "s", ns);
        Assert.NotEqual(first.Metadata.ResourceVersion, second.Metadata.ResourceVersion);

        first.Data = new Dictionary<string, byte[]> { ["k"] = [2] };
        var error = await Assert.ThrowsAsync<HttpOperationException>(() => Client.CoreV1.ReplaceNamespacedSecretAsync(first, "s", ns));

        Assert.Equal(HttpStatusCode.Conflict, error.Response.StatusCode);
        var status = Status(error);
        Assert.Equal("Conflict", status.GetProperty("reason").GetString());
        Assert.Equal($"Operation cannot be fulfilled on secrets \"s\": the object has been modified; please apply your changes to the latest version and try again", status.GetProperty("message").GetString());
    }

    [Fact]
    public async Task ReadSecret_Missing_Returns404StatusWithDetails()
    {
        var ns = await cluster.CreateNamespaceAsync("crud");

        var error = await Assert.ThrowsAsync<HttpOperationException>(() => Client.CoreV1.ReadNamespacedSecretAsync("nope", ns));

        Assert.Equal(HttpStatusCode.NotFound, error.Response.StatusCode);
        var status = Status(error);
        Assert.Equal("Status", status.GetProperty("kind").GetString());
        Assert.Equal("Failure", status.GetProperty("status").GetString());
        Assert.Equal("NotFound", status.GetProperty("reason").GetString());
        Assert.Equal("secrets \"nope\" not found", status.GetProperty("message").GetString());
        Assert.Equal("nope", status.GetProperty("details").GetProperty("name").GetString());
        Assert.Equal("secrets", status.GetProperty("details").GetProperty("kind").GetString());
        Assert.Equal(404, status.GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task CreateSecret_Twice_Returns409AlreadyExists()
    {
        var ns = await cluster.CreateNamespaceAsync("crud");
        await Client.CoreV1.CreateNamespacedSecretAsync(Secret("twice"), ns);

        var error = await Assert.ThrowsAsync<HttpOperationException>(() => Client.CoreV1.CreateNamespacedSecretAsync(Secret("twice"), ns));

        Assert.Equal(HttpStatusCode.Conflict, error.Response.StatusCode);
        Assert.Equal("AlreadyExists", Status(error).GetProperty("reason").GetString());
    }

    [Fact]
    public async Task CreateSecret_DockerConfigJsonWithoutItsKey_Returns422WithCause()
    {
        var ns = await cluster.CreateNamespaceAsync("crud");
        var secret = Secret("pull");
        secret.Type = "kubernetes.io/dockerconfigjson";

        var error = await Assert.ThrowsAsync<HttpOperationException>(() => Client.CoreV1.CreateNamespacedSecretAsync(secret, ns));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, error.Response.StatusCode);
        var status = Status(error);
        Assert.Equal("Invalid", status.GetProperty("reason").GetString());
        Assert.Equal("Secret \"pull\" is invalid: data[.dockerconfigjson]: Required value", status.GetProperty("message").GetString());
        var cause = status.GetProperty("details").GetProperty("causes")[0];
        Assert.Equal("FieldValueRequired", cause.GetProperty("reason").GetString());
        Assert.Equal("data[.dockerconfigjson]", cause.GetProperty("field").GetString());
    }

    [Fact]
    public async Task ReplaceSecret_Immutable_RejectsDataChange()
    {
        var ns = await cluster.CreateNamespaceAsync("crud");
        var secret = Secret("frozen");
        secret.Immutable = true;
        var created = await Client.CoreV1.CreateNamespacedSecretAsync(secret, ns);
        created.Data = new Dictionary<string, byte[]> { ["k"] = [9] };

        var error = await Assert.ThrowsAsync<HttpOperationException>(() => Client.CoreV1.ReplaceNamespacedSecretAsync(created, "frozen", ns));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, error.Response.StatusCode);
        Assert.Contains("data: Forbidden: field is immutable when `immutable` is set", Status(error).GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListSecrets_WithLimit_PagesThroughEverythingOnce()
    {
        var ns = await cluster.CreateNamespaceAsync("paging");
        for (var i = 0; i < 7; i++)
        {
            await Client.CoreV1.CreateNamespacedSecretAsync(Secret($"s{i}"), ns);
        }

        var names = new List<string>();
        string? next = null;
        var pages = 0;
        do
        {
            var page = await Client.CoreV1.ListNamespacedSecretAsync(ns, limit: 3, continueParameter: next);
            names.AddRange(page.Items.Select(s => s.Metadata.Name));
            next = page.Metadata.ContinueProperty;
            pages++;
            if (next is not null)
            {
                Assert.Equal(7 - names.Count, page.Metadata.RemainingItemCount);
            }
        }
        while (!string.IsNullOrEmpty(next));

        Assert.Equal(3, pages);
        Assert.Equal(Enumerable.Range(0, 7).Select(i => $"s{i}"), names);
    }

    [Fact]
    public async Task ListSecrets_WithSelectors_ReturnsOnlyMatches()
    {
        var ns = await cluster.CreateNamespaceAsync("select");
        await Client.CoreV1.CreateNamespacedSecretAsync(Secret("a", ("app", "web"), ("tier", "front")), ns);
        await Client.CoreV1.CreateNamespacedSecretAsync(Secret("b", ("app", "web")), ns);
        var tls = Secret("c", ("app", "db"));
        tls.Type = "kubernetes.io/tls";
        tls.Data = new Dictionary<string, byte[]> { ["tls.crt"] = [1], ["tls.key"] = [2] };
        await Client.CoreV1.CreateNamespacedSecretAsync(tls, ns);

        async Task<string[]> Names(string? labels = null, string? fields = null) =>
            (await Client.CoreV1.ListNamespacedSecretAsync(ns, labelSelector: labels, fieldSelector: fields)).Items.Select(s => s.Metadata.Name).ToArray();

        Assert.Equal(["a", "b"], await Names("app=web"));
        Assert.Equal(["b"], await Names("app=web,!tier"));
        Assert.Equal(["a", "c"], await Names("app in (db, web),tier notin (back)", "metadata.name!=b"));
        Assert.Equal(["c"], await Names(fields: "type=kubernetes.io/tls"));
        Assert.Equal(["b"], await Names(fields: "metadata.name=b,metadata.namespace=" + ns));
        var error = await Assert.ThrowsAsync<HttpOperationException>(() => Names(fields: "spec.nothing=1"));
        Assert.Equal(HttpStatusCode.BadRequest, error.Response.StatusCode);
    }

    [Fact]
    public async Task CreateInMissingNamespace_Returns404ForTheNamespace()
    {
        var error = await Assert.ThrowsAsync<HttpOperationException>(() => Client.CoreV1.CreateNamespacedConfigMapAsync(
            new V1ConfigMap { Metadata = new V1ObjectMeta { Name = "x" } }, "does-not-exist"));

        Assert.Equal(HttpStatusCode.NotFound, error.Response.StatusCode);
        Assert.Equal("namespaces \"does-not-exist\" not found", Status(error).GetProperty("message").GetString());
    }

    [Fact]
    public async Task Lease_CreateAndRenewWithResourceVersion_TracksHolder()
    {
        var ns = await cluster.CreateNamespaceAsync("lease");
        var lease = await Client.CoordinationV1.CreateNamespacedLeaseAsync(new V1Lease
        {
            Metadata = new V1ObjectMeta { Name = "leader" },
            Spec = new V1LeaseSpec { HolderIdentity = "a", LeaseDurationSeconds = 15, AcquireTime = DateTime.UtcNow, RenewTime = DateTime.UtcNow },
        }, ns);
        lease.Spec.HolderIdentity = "b";
        lease.Spec.LeaseTransitions = 1;

        var renewed = await Client.CoordinationV1.ReplaceNamespacedLeaseAsync(lease, "leader", ns);
        var stale = await Assert.ThrowsAsync<HttpOperationException>(() => Client.CoordinationV1.ReplaceNamespacedLeaseAsync(lease, "leader", ns));

        Assert.Equal("b", renewed.Spec.HolderIdentity);
        Assert.Equal(1, renewed.Spec.LeaseTransitions);
        Assert.Equal(HttpStatusCode.Conflict, stale.Response.StatusCode);
    }

    [Fact]
    public async Task DeleteWithFinalizer_KeepsObjectUntilFinalizerRemoved()
    {
        var ns = await cluster.CreateNamespaceAsync("final");
        var map = new V1ConfigMap { Metadata = new V1ObjectMeta { Name = "held", Finalizers = ["example.com/hold"] } };
        await Client.CoreV1.CreateNamespacedConfigMapAsync(map, ns);

        await Client.CoreV1.DeleteNamespacedConfigMapAsync("held", ns);
        var terminating = await Client.CoreV1.ReadNamespacedConfigMapAsync("held", ns);
        terminating.Metadata.Finalizers = [];
        await Client.CoreV1.ReplaceNamespacedConfigMapAsync(terminating, "held", ns);
        var gone = await Assert.ThrowsAsync<HttpOperationException>(() => Client.CoreV1.ReadNamespacedConfigMapAsync("held", ns));

        Assert.NotNull(terminating.Metadata.DeletionTimestamp);
        Assert.Equal(HttpStatusCode.NotFound, gone.Response.StatusCode);
    }

    [Fact]
    public async Task EventsV1Event_IsVisibleAsCoreEventWithConvertedFields()
    {
        var ns = await cluster.CreateNamespaceAsync("events");
        var recorded = new Eventsv1Event
        {
            Metadata = new V1ObjectMeta { Name = "es.1" },
            EventTime = DateTime.UtcNow,
            ReportingController = "ferry",
            ReportingInstance = "ferry-0",
            Action = "Sync",
            Reason = "Updated",
            Type = "Normal",
            Note = "secret synced",
            Regarding = new V1ObjectReference { Kind = "ExternalSecret", Name = "es", NamespaceProperty = ns, ApiVersion = "external-secrets.io/v1" },
        };

        await Client.EventsV1.CreateNamespacedEventAsync(recorded, ns);
        var core = await Client.CoreV1.ListNamespacedEventAsync(ns, fieldSelector: "involvedObject.name=es,involvedObject.kind=ExternalSecret");
        var back = await Client.EventsV1.ListNamespacedEventAsync(ns, fieldSelector: "regarding.name=es");
        var invalid = await Assert.ThrowsAsync<HttpOperationException>(() => Client.EventsV1.CreateNamespacedEventAsync(
            new Eventsv1Event { Metadata = new V1ObjectMeta { Name = "bad" }, Type = "Normal" }, ns));

        var coreEvent = Assert.Single(core.Items);
        Assert.Equal("secret synced", coreEvent.Message);
        Assert.Equal("ferry", coreEvent.ReportingComponent);
        Assert.Equal("Updated", coreEvent.Reason);
        Assert.Equal("secret synced", Assert.Single(back.Items).Note);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, invalid.Response.StatusCode);
    }

    internal static V1Secret Secret(string name, params (string Key, string Value)[] labels) => new()
    {
        Metadata = new V1ObjectMeta { Name = name, Labels = labels.Length == 0 ? null : labels.ToDictionary(l => l.Key, l => l.Value) },
        Data = new Dictionary<string, byte[]> { ["k"] = [0] },
    };

    internal static JsonElement Status(HttpOperationException error) =>
        JsonDocument.Parse(error.Response.Content).RootElement;
}
