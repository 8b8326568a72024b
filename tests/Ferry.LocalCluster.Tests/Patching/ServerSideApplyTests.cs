using System.Text.Json.Nodes;
using Ferry.LocalCluster.Http;
using Ferry.LocalCluster.Semantics;
using Ferry.LocalCluster.Tests.Semantics;

namespace Ferry.LocalCluster.Tests.Patching;

/// <summary>Server-side apply through the object service, with managedFields as structured-merge-diff writes them.</summary>
public sealed class ServerSideApplyTests
{
    private static StoredObjectView Apply(TestCluster cluster, string manager, string json, bool force = false)
    {
        var options = new WriteOptions { FieldManager = manager, Force = force };
        var patch = JsonNode.Parse(json);
        var stored = cluster.Service.Modify(cluster.ConfigMaps, "default", "m", null, options,
            current => Ferry.LocalCluster.Patching.ServerSideApply.Apply(cluster.ConfigMaps, "m", current, patch, manager, force, cluster.Service.Now()));
        return new StoredObjectView(stored.Value);
    }

    [Fact]
    public void Apply_Maps_AreOwnedThroughTheirKeysWhileAnUpdateOwnsTheMapItself()
    {
        var cluster = new TestCluster();
        cluster.Create(cluster.ConfigMaps, "default", """{"metadata":{"name":"m"},"data":{"a":"1"}}""", new WriteOptions { FieldManager = "creator" });

        var applied = Apply(cluster, "applier", """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"m","labels":{"team":"x"}},"data":{"b":"2"}}""");

        Assert.Equal("""{"f:data":{".":{},"f:a":{}}}""", applied.Fields("creator"));
        Assert.Equal("""{"f:data":{"f:b":{}},"f:metadata":{"f:labels":{"f:team":{}}}}""", applied.Fields("applier"));
    }

    [Fact]
    public void Apply_DroppingAFieldAnotherManagerShares_KeepsItAndDroppingTheRest_RemovesIt()
    {
        var cluster = new TestCluster();
        Apply(cluster, "one", """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"m"},"data":{"shared":"s","mine":"m"}}""");
        Apply(cluster, "two", """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"m"},"data":{"shared":"s"}}""");

        var after = Apply(cluster, "one", """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"m"}}""");

        Assert.Equal("""{"shared":"s"}""", after.Value["data"]!.ToJsonString());
        Assert.Null(after.Fields("one"));
        Assert.Equal("""{"f:data":{"f:shared":{}}}""", after.Fields("two"));
    }

    [Fact]
    public void Apply_ChangingAFieldAnUpdateOwns_ConflictsUnlessForced()
    {
        var cluster = new TestCluster();
        cluster.Create(cluster.ConfigMaps, "default", """{"metadata":{"name":"m"},"data":{"a":"1"}}""", new WriteOptions { FieldManager = "creator" });

        var conflict = Assert.Throws<ApiException>(() => Apply(cluster, "applier", """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"m"},"data":{"a":"2"}}"""));
        var same = Apply(cluster, "applier", """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"m"},"data":{"a":"1"}}""");
        var forced = Apply(cluster, "applier", """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"m"},"data":{"a":"2"}}""", force: true);

        Assert.Equal(409, conflict.Code);
        Assert.Equal("Apply failed with 1 conflict: conflict with \"creator\" using v1: .data.a", conflict.Message);
        Assert.Equal("""{"f:data":{".":{},"f:a":{}}}""", same.Fields("creator"));
        Assert.Equal("""{"f:data":{}}""", forced.Fields("creator"));
        Assert.Equal("2", (string?)forced.Value["data"]!["a"]);
    }

    /// <summary>The stored object with its managedFields entries readable per manager.</summary>
    private sealed class StoredObjectView(JsonObject value)
    {
        public JsonObject Value { get; } = value;

        public string? Fields(string manager) =>
            Value["metadata"]!["managedFields"]?.AsArray().FirstOrDefault(e => (string?)e!["manager"] == manager)?["fieldsV1"]?.ToJsonString();
    }
}
