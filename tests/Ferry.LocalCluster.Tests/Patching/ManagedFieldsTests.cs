using System.Text.Json.Nodes;
using Ferry.LocalCluster.Patching;
using Ferry.LocalCluster.Semantics;

namespace Ferry.LocalCluster.Tests.Patching;

public sealed class ManagedFieldsTests
{
    private static JsonObject Parse(string json) => JsonNode.Parse(json)!.AsObject();

    [Fact]
    public void RecordUpdate_Create_GivesTheWriterEveryFieldPresentAndNoEmptyBranch()
    {
        var value = Parse("""{"apiVersion":"v1","kind":"Secret","metadata":{"name":"a","labels":{"app":"x"}},"data":{"k":"dg=="},"ports":[1]}""");

        ManagedFields.RecordUpdate(value, null, "me", null, "2026-01-01T00:00:00Z", _ => ListType.MapBy("name"));

        var entry = Assert.Single(value["metadata"]!["managedFields"]!.AsArray())!;
        Assert.Equal("me", entry["manager"]!.GetValue<string>());
        Assert.Equal("Update", entry["operation"]!.GetValue<string>());
        Assert.Equal("v1", entry["apiVersion"]!.GetValue<string>());
        Assert.Equal("2026-01-01T00:00:00Z", entry["time"]!.GetValue<string>());
        Assert.Null(entry["subresource"]);
        Assert.True(JsonNode.DeepEquals(
            Parse("""{"f:data":{".":{},"f:k":{}},"f:metadata":{"f:labels":{".":{},"f:app":{}}}}"""),
            entry["fieldsV1"]));
    }

    [Fact]
    public void RecordUpdate_UpdateOfAnotherManagersField_MovesTheFieldButNotTheMap()
    {
        var old = Parse("""{"apiVersion":"v1","metadata":{"name":"a"},"data":{"k":"dg=="}}""");
        ManagedFields.RecordUpdate(old, null, "first", null, "t1", _ => ListType.Atomic);
        var value = Parse("""{"apiVersion":"v1","metadata":{"name":"a"},"data":{"k":"dw=="}}""");
        value["metadata"]!["managedFields"] = old["metadata"]!["managedFields"]!.DeepClone();

        ManagedFields.RecordUpdate(value, old, "second", null, "t2", _ => ListType.Atomic);

        var entries = value["metadata"]!["managedFields"]!.AsArray();
        Assert.Equal(["first", "second"], entries.Select(e => (string?)e!["manager"]));
        Assert.Equal("{}", entries[0]!["fieldsV1"]!["f:data"]!.ToJsonString());
        Assert.Equal("""{"f:data":{"f:k":{}}}""", entries[1]!["fieldsV1"]!.ToJsonString());
    }

    [Fact]
    public void RecordUpdate_CreateOfBuiltInStruct_OwnsItsFieldsButNotTheStructItself()
    {
        var value = Parse("""{"apiVersion":"coordination.k8s.io/v1","kind":"Lease","metadata":{"name":"l"},"spec":{"holderIdentity":"me","labels":{"a":"b"}}}""");

        ManagedFields.RecordUpdate(value, null, "me", null, "t", _ => ListType.Atomic, ["spec"]);

        Assert.Equal("""{"f:spec":{"f:holderIdentity":{},"f:labels":{".":{},"f:a":{}}}}""", value["metadata"]!["managedFields"]![0]!["fieldsV1"]!.ToJsonString());
    }

    [Fact]
    public void RecordUpdate_AddedKeyedListItemAndMap_AreOwnedAsWholes()
    {
        var old = Parse("""{"apiVersion":"example.com/v1","metadata":{"name":"a"},"spec":{"items":[]}}""");
        var value = Parse("""{"apiVersion":"example.com/v1","metadata":{"name":"a","annotations":{"n":"1"}},"spec":{"items":[{"name":"x","port":1}]}}""");

        ManagedFields.RecordUpdate(value, old, "me", null, "t", path => path is ["spec", "items"] ? ListType.MapBy("name") : ListType.Atomic);

        Assert.Equal(
            """{"f:metadata":{"f:annotations":{".":{},"f:n":{}}},"f:spec":{"f:items":{"k:{\u0022name\u0022:\u0022x\u0022}":{".":{},"f:name":{},"f:port":{}}}}}""",
            value["metadata"]!["managedFields"]![0]!["fieldsV1"]!.ToJsonString());
    }
}
