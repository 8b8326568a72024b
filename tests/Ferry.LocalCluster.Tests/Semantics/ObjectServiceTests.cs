using System.Text.Json.Nodes;
using Ferry.LocalCluster.Http;
using Ferry.LocalCluster.Selectors;
using Ferry.LocalCluster.Semantics;

namespace Ferry.LocalCluster.Tests.Semantics;

public sealed class ObjectServiceTests
{
    [Fact]
    public void Create_Secret_SetsServerFieldsAndOneClusterWideVersion()
    {
        var cluster = new TestCluster();

        var first = cluster.Create(cluster.Secrets, "default", """{"metadata":{"name":"a"},"stringData":{"k":"v"}}""");
        var second = cluster.Create(cluster.ConfigMaps, "default", """{"metadata":{"name":"b"}}""");

        Assert.Equal("v1", (string?)first.Value["apiVersion"]);
        Assert.Equal("Secret", (string?)first.Value["kind"]);
        Assert.Equal("dg==", (string?)first.Value["data"]!["k"]);
        Assert.Null(first.Value["stringData"]);
        Assert.Equal("2026-01-02T03:04:05Z", (string?)first.Metadata["creationTimestamp"]);
        Assert.True(Guid.TryParse(first.Uid, out _));
        Assert.Equal(first.ResourceVersion + 1, second.ResourceVersion);
        Assert.Null(first.Metadata["generation"]);
    }

    [Fact]
    public void Update_StaleResourceVersion_ThrowsConflict()
    {
        var cluster = new TestCluster();
        var created = cluster.Create(cluster.ConfigMaps, "default", """{"metadata":{"name":"c"},"data":{"a":"1"}}""");
        var first = created.Copy();
        first["data"]!["a"] = "2";
        cluster.Service.Update(cluster.ConfigMaps, "default", "c", first, null, new WriteOptions());
        var stale = created.Copy();
        stale["data"]!["a"] = "3";

        var error = Assert.Throws<ApiException>(() => cluster.Service.Update(cluster.ConfigMaps, "default", "c", stale, null, new WriteOptions()));

        Assert.Equal(409, error.Code);
        Assert.Equal("Conflict", error.Reason);
    }

    [Fact]
    public void Update_WithoutResourceVersion_IsUnconditional()
    {
        var cluster = new TestCluster();
        cluster.Create(cluster.ConfigMaps, "default", """{"metadata":{"name":"u"},"data":{"a":"1"}}""");

        var updated = cluster.Service.Update(cluster.ConfigMaps, "default", "u", JsonNode.Parse("""{"metadata":{"name":"u"},"data":{"a":"2"}}""")!.AsObject(), null, new WriteOptions());

        Assert.Equal("2", (string?)updated.Value["data"]!["a"]);
    }

    [Fact]
    public void CustomResource_GenerationBumpsOnSpecOnly_AndMainWriteCannotChangeStatus()
    {
        var cluster = new TestCluster();
        var widgets = cluster.Widgets();
        var created = cluster.Create(widgets, "default", """{"apiVersion":"example.com/v1","kind":"Widget","metadata":{"name":"w"},"spec":{},"status":{"phase":"x"}}""");

        var labelled = created.Copy();
        labelled["metadata"]!["labels"] = new JsonObject { ["a"] = "b" };
        labelled["status"] = new JsonObject { ["phase"] = "sneaky" };
        var afterLabel = cluster.Service.Update(widgets, "default", "w", labelled, null, new WriteOptions());
        var status = afterLabel.Copy();
        status["status"] = new JsonObject { ["phase"] = "Ready" };
        var afterStatus = cluster.Service.Update(widgets, "default", "w", status, "status", new WriteOptions());
        var spec = afterStatus.Copy();
        spec["spec"]!["size"] = 5;
        var afterSpec = cluster.Service.Update(widgets, "default", "w", spec, null, new WriteOptions());

        Assert.Null(created.Value["status"]);
        Assert.Equal(1, (int)created.Metadata["generation"]!);
        Assert.Equal(1, (int)created.Value["spec"]!["size"]!);
        Assert.Null(afterLabel.Value["status"]);
        Assert.Equal(1, (int)afterLabel.Metadata["generation"]!);
        Assert.Equal("Ready", (string?)afterStatus.Value["status"]!["phase"]);
        Assert.Equal(1, (int)afterStatus.Metadata["generation"]!);
        Assert.Equal(2, (int)afterSpec.Metadata["generation"]!);
    }

    [Fact]
    public void Create_UnknownFieldUnderStrict_ThrowsBadRequest_UnderIgnoreDropsIt()
    {
        var cluster = new TestCluster();
        var widgets = cluster.Widgets();

        var error = Assert.Throws<ApiException>(() => cluster.Create(widgets, "default",
            """{"apiVersion":"example.com/v1","kind":"Widget","metadata":{"name":"s"},"spec":{"extra":1}}""", new WriteOptions { Validation = FieldValidation.Strict }));
        var ignored = cluster.Create(widgets, "default",
            """{"apiVersion":"example.com/v1","kind":"Widget","metadata":{"name":"i"},"spec":{"extra":1}}""", new WriteOptions { Validation = FieldValidation.Ignore });
        var secretError = Assert.Throws<ApiException>(() => cluster.Create(cluster.Secrets, "default",
            """{"metadata":{"name":"x","bogus":1},"wrong":true}""", new WriteOptions { Validation = FieldValidation.Strict }));

        Assert.Equal(400, error.Code);
        Assert.Equal("strict decoding error: unknown field \"spec.extra\"", error.Message);
        Assert.Null(ignored.Value["spec"]!["extra"]);
        Assert.Equal("strict decoding error: unknown field \"metadata.bogus\", unknown field \"wrong\"", secretError.Message);
    }

    [Fact]
    public void Delete_WithFinalizer_WaitsUntilTheFinalizerIsRemoved()
    {
        var cluster = new TestCluster();
        cluster.Create(cluster.ConfigMaps, "default", """{"metadata":{"name":"f","finalizers":["example.com/x"]}}""");

        var (pending, deleted) = cluster.Service.Delete(cluster.ConfigMaps, "default", "f", DeleteOptions.Default);
        var adding = pending.Copy();
        adding["metadata"]!["finalizers"] = new JsonArray("example.com/x", "example.com/late");
        var late = Assert.Throws<ApiException>(() => cluster.Service.Update(cluster.ConfigMaps, "default", "f", adding, null, new WriteOptions()));
        var release = pending.Copy();
        release["metadata"]!.AsObject().Remove("finalizers");
        cluster.Service.Update(cluster.ConfigMaps, "default", "f", release, null, new WriteOptions());

        Assert.False(deleted);
        Assert.Equal("2026-01-02T03:04:05Z", (string?)pending.Metadata["deletionTimestamp"]);
        Assert.Equal(422, late.Code);
        Assert.Null(cluster.Find(cluster.ConfigMaps, "default", "f"));
    }

    [Theory]
    [InlineData("Background", false, false)]
    [InlineData("Orphan", true, true)]
    [InlineData("Foreground", false, true)]
    public void Delete_Owner_AppliesPropagationPolicyToDependentsInTheBackground(string policy, bool dependentSurvives, bool ownerWaits)
    {
        var cluster = new TestCluster();
        var owner = cluster.Create(cluster.ConfigMaps, "default", """{"metadata":{"name":"owner"}}""");
        cluster.Create(cluster.Secrets, "default",
            $$$"""{"metadata":{"name":"dep","ownerReferences":[{"apiVersion":"v1","kind":"ConfigMap","name":"owner","uid":"{{{owner.Uid}}}","blockOwnerDeletion":true}]}}""");

        var (_, deleted) = cluster.Service.Delete(cluster.ConfigMaps, "default", "owner", new DeleteOptions(policy, null, null, false));
        var ownerBefore = cluster.Find(cluster.ConfigMaps, "default", "owner");
        var dependentBefore = cluster.Find(cluster.Secrets, "default", "dep");
        cluster.Service.RunControllers();

        var dependent = cluster.Find(cluster.Secrets, "default", "dep");
        Assert.Equal(!ownerWaits, deleted);
        Assert.Equal(ownerWaits, ownerBefore is not null);
        Assert.NotNull(dependentBefore);
        Assert.NotNull(dependentBefore.Metadata["ownerReferences"]);
        Assert.Null(cluster.Find(cluster.ConfigMaps, "default", "owner"));
        Assert.Equal(dependentSurvives, dependent is not null);
        Assert.Null(dependent?.Metadata["ownerReferences"]);
    }

    [Fact]
    public void Delete_ForegroundOwnerWithBlockingDependentThatHasFinalizer_WaitsForIt()
    {
        var cluster = new TestCluster();
        var owner = cluster.Create(cluster.ConfigMaps, "default", """{"metadata":{"name":"owner"}}""");
        cluster.Create(cluster.Secrets, "default",
            $$$"""{"metadata":{"name":"dep","finalizers":["example.com/hold"],"ownerReferences":[{"apiVersion":"v1","kind":"ConfigMap","name":"owner","uid":"{{{owner.Uid}}}","blockOwnerDeletion":true}]}}""");

        cluster.Service.Delete(cluster.ConfigMaps, "default", "owner", new DeleteOptions("Foreground", null, null, false));
        cluster.Service.RunControllers();
        var waiting = cluster.Find(cluster.ConfigMaps, "default", "owner");
        var dependent = cluster.Find(cluster.Secrets, "default", "dep")!.Copy();
        dependent["metadata"]!.AsObject().Remove("finalizers");
        cluster.Service.Update(cluster.Secrets, "default", "dep", dependent, null, new WriteOptions());
        var ownerAfterDependentLeft = cluster.Find(cluster.ConfigMaps, "default", "owner");
        cluster.Service.RunControllers();

        Assert.NotNull(waiting);
        Assert.Contains("foregroundDeletion", waiting.Metadata["finalizers"]!.AsArray().Select(f => (string?)f));
        Assert.NotNull(dependent["metadata"]!["deletionTimestamp"]);
        Assert.Null(cluster.Find(cluster.Secrets, "default", "dep"));
        Assert.NotNull(ownerAfterDependentLeft);
        Assert.Null(cluster.Find(cluster.ConfigMaps, "default", "owner"));
    }

    [Fact]
    public void DeleteNamespace_TerminatesWithConditionsUntilEmptied_AndRefusesNewContent()
    {
        var cluster = new TestCluster();
        cluster.Create(cluster.Namespaces, string.Empty, """{"metadata":{"name":"team"}}""");
        cluster.Create(cluster.Secrets, "team", """{"metadata":{"name":"s"}}""");
        cluster.Create(cluster.ConfigMaps, "team", """{"metadata":{"name":"held","finalizers":["example.com/hold"]}}""");

        cluster.Service.Delete(cluster.Namespaces, string.Empty, "team", DeleteOptions.Default);
        var secretBeforeControllers = cluster.Find(cluster.Secrets, "team", "s");
        cluster.Service.RunControllers();
        var terminating = cluster.Find(cluster.Namespaces, string.Empty, "team")!;
        var refused = Assert.Throws<ApiException>(() => cluster.Create(cluster.Secrets, "team", """{"metadata":{"name":"late"}}"""));
        var held = cluster.Find(cluster.ConfigMaps, "team", "held")!.Copy();
        held["metadata"]!.AsObject().Remove("finalizers");
        cluster.Service.Update(cluster.ConfigMaps, "team", "held", held, null, new WriteOptions());
        cluster.Service.RunControllers();

        var conditions = terminating.Value["status"]!["conditions"]!.AsArray().ToDictionary(c => (string)c!["type"]!, c => c!);
        Assert.NotNull(secretBeforeControllers);
        Assert.Equal("Terminating", (string?)terminating.Value["status"]!["phase"]);
        Assert.Equal("True", (string?)conditions["NamespaceContentRemaining"]["status"]);
        Assert.Equal("Some resources are remaining: configmaps has 1 resource instances", (string?)conditions["NamespaceContentRemaining"]["message"]);
        Assert.Equal("Some content in the namespace has finalizers remaining: example.com/hold in 1 resource instances", (string?)conditions["NamespaceFinalizersRemaining"]["message"]);
        Assert.Equal("False", (string?)conditions["NamespaceDeletionContentFailure"]["status"]);
        Assert.Null(cluster.Find(cluster.Secrets, "team", "s"));
        Assert.Equal(403, refused.Code);
        Assert.Null(cluster.Find(cluster.Namespaces, string.Empty, "team"));
        Assert.Null(cluster.Find(cluster.ConfigMaps, "team", "held"));
    }

    [Fact]
    public void DeleteNamespace_Default_IsForbidden()
    {
        var cluster = new TestCluster();

        var error = Assert.Throws<ApiException>(() => cluster.Service.Delete(cluster.Namespaces, string.Empty, "default", DeleteOptions.Default));

        Assert.Equal(403, error.Code);
    }

    [Fact]
    public void CreateSecret_TlsWithoutKeys_ListsBothMissingKeys()
    {
        var cluster = new TestCluster();

        var error = Assert.Throws<ApiException>(() => cluster.Create(cluster.Secrets, "default", """{"metadata":{"name":"t"},"type":"kubernetes.io/tls"}"""));

        Assert.Equal(422, error.Code);
        Assert.Equal("Secret \"t\" is invalid: [data[tls.key]: Required value, data[tls.crt]: Required value]", error.Message);
    }

    [Fact]
    public void UpdateSecret_ChangingType_IsInvalid()
    {
        var cluster = new TestCluster();
        var created = cluster.Create(cluster.Secrets, "default", """{"metadata":{"name":"t"},"data":{"username":"dQ=="}}""");
        var changed = created.Copy();
        changed["type"] = "kubernetes.io/basic-auth";

        var error = Assert.Throws<ApiException>(() => cluster.Service.Update(cluster.Secrets, "default", "t", changed, null, new WriteOptions()));

        Assert.Contains("type: Invalid value: \"kubernetes.io/basic-auth\": field is immutable", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_BadName_ReportsTheRfc1123Rule()
    {
        var cluster = new TestCluster();

        var error = Assert.Throws<ApiException>(() => cluster.Create(cluster.ConfigMaps, "default", """{"metadata":{"name":"Bad_Name"}}"""));

        Assert.StartsWith("ConfigMap \"Bad_Name\" is invalid: metadata.name: Invalid value: \"Bad_Name\": a lowercase RFC 1123 subdomain", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void List_WithLimit_ContinuesAfterTheLastItemAndExpiresWithHistory()
    {
        var cluster = new TestCluster(historySize: 5);
        for (var i = 0; i < 4; i++)
        {
            cluster.Create(cluster.ConfigMaps, "default", $$$"""{"metadata":{"name":"m{{{i}}}"}}""");
        }

        var query = new ListQuery("default", LabelSelector.Everything, FieldSelector.Everything, 2, null);
        var first = cluster.Service.List(cluster.ConfigMaps, query);
        var second = cluster.Service.List(cluster.ConfigMaps, query with { Continue = first.Continue });
        for (var i = 0; i < 6; i++)
        {
            cluster.Create(cluster.ConfigMaps, "default", $$$"""{"metadata":{"name":"late{{{i}}}"}}""");
        }

        var expired = Assert.Throws<ApiException>(() => cluster.Service.List(cluster.ConfigMaps, query with { Continue = first.Continue }));

        Assert.Equal(["kube-root-ca.crt", "m0"], first.Items.Select(i => i.Name));
        Assert.Equal(3, first.RemainingItemCount);
        Assert.Equal(["m1", "m2"], second.Items.Select(i => i.Name));
        Assert.Equal(410, expired.Code);
    }

    [Fact]
    public void List_ContinueAfterWrites_ServesTheSnapshotOfTheFirstPage()
    {
        var cluster = new TestCluster();
        cluster.Create(cluster.Namespaces, string.Empty, """{"metadata":{"name":"snap"}}""");
        foreach (var name in new[] { "a", "c", "e", "g" })
        {
            cluster.Create(cluster.ConfigMaps, "snap", $$$"""{"metadata":{"name":"{{{name}}}"},"data":{"v":"1"}}""");
        }

        var query = new ListQuery("snap", LabelSelector.Everything, FieldSelector.Everything, 2, null);
        var first = cluster.Service.List(cluster.ConfigMaps, query);
        var before = cluster.Find(cluster.ConfigMaps, "snap", "e")!;
        var changed = before.Copy();
        changed["data"]!["v"] = "2";
        cluster.Service.Update(cluster.ConfigMaps, "snap", "e", changed, null, new WriteOptions());
        cluster.Service.Delete(cluster.ConfigMaps, "snap", "g", DeleteOptions.Default);
        cluster.Create(cluster.ConfigMaps, "snap", """{"metadata":{"name":"d"}}""");
        cluster.Create(cluster.ConfigMaps, "snap", """{"metadata":{"name":"z"}}""");
        var second = cluster.Service.List(cluster.ConfigMaps, query with { Limit = 10, Continue = first.Continue });
        var fresh = cluster.Service.List(cluster.ConfigMaps, query with { Limit = 0 });

        Assert.Equal(["a", "c"], first.Items.Select(i => i.Name));
        Assert.Equal(["e", "g", "kube-root-ca.crt"], second.Items.Select(i => i.Name));
        Assert.Equal(before.ResourceVersion, second.Items[0].ResourceVersion);
        Assert.Equal("1", (string?)second.Items[0].Value["data"]!["v"]);
        Assert.Equal(first.ResourceVersion, second.ResourceVersion);
        Assert.Null(second.Continue);
        Assert.Equal(["a", "c", "d", "e", "kube-root-ca.crt", "z"], fresh.Items.Select(i => i.Name));
    }

    [Fact]
    public void Modify_ObjectChangedWhileThePatchWasComputed_RecomputesAgainstTheNewVersion()
    {
        var cluster = new TestCluster();
        cluster.Create(cluster.ConfigMaps, "default", """{"metadata":{"name":"race"},"data":{"a":"1"}}""");
        var calls = 0;

        var stored = cluster.Service.Modify(cluster.ConfigMaps, "default", "race", null, new WriteOptions { FieldManager = "patcher" }, current =>
        {
            if (++calls == 1)
            {
                // Another writer commits between this patch's read and its commit.
                var other = cluster.Find(cluster.ConfigMaps, "default", "race")!.Copy();
                other["data"]!["b"] = "2";
                cluster.Service.Update(cluster.ConfigMaps, "default", "race", other, null, new WriteOptions { FieldManager = "other" });
            }

            var next = current!.DeepClone().AsObject();
            next["data"]!["c"] = "3";
            return new PatchOutcome(next);
        });

        Assert.Equal(2, calls);
        Assert.Equal("""{"a":"1","b":"2","c":"3"}""", stored.Value["data"]!.ToJsonString());
        Assert.Equal(["other", "patcher", "unknown"], stored.Metadata["managedFields"]!.AsArray().Select(e => (string?)e!["manager"]).Order());
    }

    [Fact]
    public void Modify_ManyWritersAtOnce_EachCommitsOnTopOfTheLast()
    {
        var cluster = new TestCluster();
        cluster.Create(cluster.ConfigMaps, "default", """{"metadata":{"name":"counter"},"data":{}}""");

        Parallel.For(0, 64, i => cluster.Service.Modify(cluster.ConfigMaps, "default", "counter", null, new WriteOptions(), current =>
        {
            var next = current!.DeepClone().AsObject();
            next["data"]!["k" + i] = "v";
            return new PatchOutcome(next);
        }));

        var final = cluster.Find(cluster.ConfigMaps, "default", "counter")!;
        Assert.Equal(64, final.Value["data"]!.AsObject().Count);
    }
}
