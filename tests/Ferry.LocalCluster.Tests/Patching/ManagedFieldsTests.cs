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
            Parse("""{"f:data":{"f:k":{}},"f:metadata":{"f:labels":{"f:app":{}}}}"""),
            entry["fieldsV1"]));
    }

    [Fact]
    public void RecordUpdate_UpdateOfAnotherManagersField_MovesOwnership()
    {
        var old = Parse("""{"apiVersion":"v1","metadata":{"name":"a"},"data":{"k":"dg=="}}""");
        ManagedFields.RecordUpdate(old, null, "first", null, "t1", _ => ListType.Atomic);
        var value = Parse("""{"apiVersion":"v1","metadata":{"name":"a"},"data":{"k":"dw=="}}""");
        value["metadata"]!["managedFields"] = old["metadata"]!["managedFields"]!.DeepClone();

        ManagedFields.RecordUpdate(value, old, "second", null, "t2", _ => ListType.Atomic);

        var entry = Assert.Single(value["metadata"]!["managedFields"]!.AsArray())!;
        Assert.Equal("second", entry["manager"]!.GetValue<string>());
    }
}
