using System.Text.Json.Nodes;
using Ferry.LocalCluster.Http;
using Ferry.LocalCluster.Patching;
using Ferry.LocalCluster.Semantics;

namespace Ferry.LocalCluster.Tests.Patching;

public sealed class PatchTests
{
    private static JsonObject Parse(string json) => JsonNode.Parse(json)!.AsObject();

    [Fact]
    public void MergePatch_NullRemovesAndObjectsMerge()
    {
        var result = MergePatch.Apply(Parse("""{"a":{"b":1,"c":2},"d":[1,2]}"""), Parse("""{"a":{"b":null,"e":3},"d":[3]}"""));

        Assert.True(JsonNode.DeepEquals(Parse("""{"a":{"c":2,"e":3},"d":[3]}"""), result));
    }

    [Fact]
    public void JsonPatch_AllOperations_ApplyInOrder()
    {
        var patch = JsonNode.Parse("""
            [{"op":"add","path":"/list/-","value":3},{"op":"remove","path":"/gone"},{"op":"replace","path":"/x","value":"y"},
             {"op":"copy","from":"/x","path":"/copied"},{"op":"move","from":"/copied","path":"/moved"},{"op":"test","path":"/moved","value":"y"},
             {"op":"add","path":"/a~1b","value":true}]
            """);

        var result = JsonPatch.Apply(Parse("""{"list":[1,2],"gone":1,"x":"z"}"""), patch);

        Assert.True(JsonNode.DeepEquals(Parse("""{"list":[1,2,3],"x":"y","moved":"y","a/b":true}"""), result));
    }

    [Fact]
    public void JsonPatch_RemoveMissingPath_Throws422()
    {
        var error = Assert.Throws<ApiException>(() => JsonPatch.Apply(Parse("{}"), JsonNode.Parse("""[{"op":"remove","path":"/nope"}]""")));

        Assert.Equal(422, error.Code);
    }

    [Fact]
    public void StrategicMerge_MergesKeyedListsAndSetsAndHonoursDirectives()
    {
        var strategy = new ResourceStrategy();
        var original = Parse("""
            {"metadata":{"finalizers":["a"],"ownerReferences":[{"uid":"1","name":"x"},{"uid":"2","name":"y"}],"labels":{"keep":"1","drop":"2"}}}
            """);
        var patch = Parse("""
            {"metadata":{"finalizers":["b","a"],"ownerReferences":[{"uid":"2","name":"y2"},{"uid":"1","$patch":"delete"},{"uid":"3","name":"z"}],
             "$setElementOrder/finalizers":["a","b"],"labels":{"$retainKeys":["keep","new"],"new":"3"}}}
            """);

        var result = StrategicMergePatch.Apply(original, patch, strategy.ListTypeAt);

        Assert.Equal(["a", "b"], result["metadata"]!["finalizers"]!.AsArray().Select(f => (string?)f));
        Assert.Equal(["y2", "z"], result["metadata"]!["ownerReferences"]!.AsArray().Select(o => (string?)o!["name"]));
        Assert.True(JsonNode.DeepEquals(Parse("""{"keep":"1","new":"3"}"""), result["metadata"]!["labels"]));
    }

    [Fact]
    public void FieldTree_ChangedPaths_CoverAddedChangedAndRemovedLeaves()
    {
        var strategy = new ResourceStrategy();
        var before = Parse("""{"data":{"a":"1","b":"2"},"metadata":{"name":"n","labels":{"x":"1"}}}""");
        var after = Parse("""{"data":{"a":"1","b":"3","c":"4"},"metadata":{"name":"n"}}""");

        var changed = FieldTree.Changed(before, after, strategy.ListTypeAt);

        var paths = changed.Paths().Select(FieldTree.Render).ToList();
        Assert.Equal([".data.b", ".data.c", ".metadata.labels.x"], paths.Order());
    }
}
