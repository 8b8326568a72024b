using System.Text.Json.Nodes;
using Ferry.LocalCluster.Printing;

namespace Ferry.LocalCluster.Tests.Printing;

public sealed class JsonPathQueryTests
{
    private static readonly JsonNode Object = JsonNode.Parse("""
        {"metadata":{"labels":{"app.kubernetes.io/name":"db"}},
         "spec":{"ports":[{"port":80},{"port":443}]},
         "status":{"conditions":[{"type":"Synced","status":"False"},{"type":"Ready","status":"True","reason":"SecretSynced"}]}}
        """)!;

    [Theory]
    [InlineData(".status.conditions[?(@.type==\"Ready\")].reason", "\"SecretSynced\"")]
    [InlineData("{.status.conditions[?(@.type=='Ready')].status}", "\"True\"")]
    [InlineData(".metadata.labels['app.kubernetes.io/name']", "\"db\"")]
    [InlineData(".spec.ports[1].port", "443")]
    [InlineData(".spec.ports[-1].port", "443")]
    [InlineData(".spec.ports[*].port", "80,443")]
    [InlineData(".spec.ports[?(@.port>100)].port", "443")]
    [InlineData(".status.conditions[?(@.reason)].type", "\"Ready\"")]
    public void Evaluate_ColumnPath_FindsTheValues(string path, string expected)
    {
        var results = JsonPathQuery.Parse(path).Evaluate(Object);

        Assert.Equal(expected, string.Join(",", results.Select(r => r!.ToJsonString())));
    }

    [Fact]
    public void Evaluate_MissingKey_YieldsNothing() =>
        Assert.Empty(JsonPathQuery.Parse(".status.nothing[?(@.type==\"Ready\")].reason").Evaluate(Object));
}
