using System.Text;
using System.Text.Json.Nodes;
using Ferry.LocalCluster.Printing;
using Ferry.LocalCluster.Tests.Semantics;

namespace Ferry.LocalCluster.Tests.Printing;

public sealed class ShapedJsonTests
{
    [Fact]
    public void PartialObjectList_LargeSecret_SendsOnlyItsMetadata()
    {
        var cluster = new TestCluster();
        var big = Convert.ToBase64String(new byte[30_000]);
        var stored = cluster.Create(cluster.Secrets, "default", $$$"""{"metadata":{"name":"big","labels":{"a":"b"}},"data":{"blob":"{{{big}}}"}}""");

        var bytes = ShapedJson.PartialObjectList("meta.k8s.io/v1", ShapedJson.ListMetadata(9, null, null), [stored.Json]);
        var list = JsonNode.Parse(bytes)!;

        Assert.True(bytes.Length < 1_000, $"metadata list took {bytes.Length} bytes");
        Assert.Equal("PartialObjectMetadataList", (string?)list["kind"]);
        Assert.Equal("9", (string?)list["metadata"]!["resourceVersion"]);
        Assert.Equal("""{"kind":"PartialObjectMetadata","apiVersion":"meta.k8s.io/v1","metadata":""" + stored.Metadata.ToJsonString() + "}", list["items"]![0]!.ToJsonString());
    }

    [Theory]
    [InlineData(nameof(TableRowObject.Metadata), "PartialObjectMetadata")]
    [InlineData(nameof(TableRowObject.Object), "Secret")]
    [InlineData(nameof(TableRowObject.None), null)]
    public void Table_RowObject_FollowsIncludeObject(string includeObject, string? kind)
    {
        var rowObject = Enum.Parse<TableRowObject>(includeObject);
        var cluster = new TestCluster();
        var stored = cluster.Create(cluster.Secrets, "default", """{"metadata":{"name":"s"},"data":{"k":"dg=="}}""");

        var table = JsonNode.Parse(ShapedJson.Table(
            cluster.Secrets, "meta.k8s.io/v1", ShapedJson.ListMetadata(stored.ResourceVersion, "next", 3), [stored.Json], rowObject, headers: true, cluster.Time.GetUtcNow()))!;
        var headless = JsonNode.Parse(Encoding.UTF8.GetString(ShapedJson.Table(
            cluster.Secrets, "meta.k8s.io/v1", ShapedJson.ListMetadata(1, null, null), [stored.Json], rowObject, headers: false, cluster.Time.GetUtcNow())))!;

        Assert.Equal("Table", (string?)table["kind"]);
        Assert.Equal("next", (string?)table["metadata"]!["continue"]);
        Assert.Equal(3, (int)table["metadata"]!["remainingItemCount"]!);
        Assert.Equal(4, table["columnDefinitions"]!.AsArray().Count);
        Assert.Equal("""["s","Opaque",1,"0s"]""", table["rows"]![0]!["cells"]!.ToJsonString());
        Assert.Equal(kind, (string?)table["rows"]![0]!["object"]?["kind"]);
        Assert.Null(headless["columnDefinitions"]);
    }
}
