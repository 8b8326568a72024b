using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ferry.LocalCluster.Storage;

namespace Ferry.LocalCluster.Tests.Storage;

public sealed class StoredObjectTests
{
    private static JsonObject Secret(JsonObject metadata) => new()
    {
        ["apiVersion"] = "v1",
        ["kind"] = "Secret",
        ["metadata"] = metadata,
        ["data"] = new JsonObject { ["resourceVersion"] = "", ["key"] = "dmFsdWU=" },
        ["type"] = "Opaque",
    };

    [Fact]
    public void Stamp_DraftWithoutVersion_MatchesSerializingWithTheVersionLast()
    {
        var value = Secret(new JsonObject { ["name"] = "a", ["namespace"] = "ns", ["labels"] = new JsonObject { ["x"] = "é\"<" } });

        var stored = StoredObject.Draft(value).Stamp(12345);

        var expected = value.DeepClone().AsObject();
        expected["metadata"]!.AsObject()["resourceVersion"] = "12345";
        Assert.Equal(JsonSerializer.Serialize(expected), Encoding.UTF8.GetString(stored.Json));
        Assert.Equal(12345, stored.ResourceVersion);
        Assert.Equal("a", stored.Name);
        Assert.Equal("é\"<", stored.Label("x"));
        Assert.Equal("12345", stored.Metadata["resourceVersion"]!.GetValue<string>());
    }

    [Fact]
    public void Stamp_DraftWithEmptyVersion_KeepsThePropertyWhereItWas()
    {
        var value = Secret(new JsonObject { ["name"] = "a", ["resourceVersion"] = "", ["uid"] = "u", ["owner"] = null });

        var stored = StoredObject.Draft(value).Stamp(7);

        Assert.Equal(
            """{"apiVersion":"v1","kind":"Secret","metadata":{"name":"a","resourceVersion":"7","uid":"u","owner":null},"data":{"resourceVersion":"","key":"dmFsdWU="},"type":"Opaque"}""",
            Encoding.UTF8.GetString(stored.Json));
    }

    [Fact]
    public void Stamp_StoredObject_IsRefused()
    {
        var stored = StoredObject.Draft(Secret(new JsonObject { ["name"] = "a" })).Stamp(3);

        Assert.Throws<InvalidOperationException>(() => stored.Stamp(4));
    }
}
