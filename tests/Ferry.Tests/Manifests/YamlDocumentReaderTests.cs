using System.Text.Json.Nodes;
using Ferry.Manifests;

namespace Ferry.Tests.Manifests;

public sealed class YamlDocumentReaderTests
{
    [Theory]
    [InlineData("v: yes", "true")]
    [InlineData("v: off", "false")]
    [InlineData("v: \"yes\"", "\"yes\"")]
    [InlineData("v: 0777", "511")]
    [InlineData("v: 0x1F", "31")]
    [InlineData("v: 1_000", "1000")]
    [InlineData("v: 1.5", "1.5")]
    [InlineData("v: 1h0m0s", "\"1h0m0s\"")]
    [InlineData("v: ~", "null")]
    [InlineData("v:", "null")]
    [InlineData("v: !!str 42", "\"42\"")]
    [InlineData("v: '42'", "\"42\"")]
    [InlineData("v: 99999999999999999999", "1E+20")]
    [InlineData("y: 1", null)]
    public void Read_PlainScalars_ResolveAsKubectlDoes(string yaml, string? expectedJson)
    {
        var document = Assert.Single(YamlDocumentReader.Read(yaml));

        if (expectedJson is null)
        {
            // go-yaml v2 reads the key y as the boolean true, and sigs.k8s.io/yaml writes it back as "true".
            Assert.Equal("""{"true":1}""", document.Content!.ToJsonString());
            return;
        }

        var value = document.Content!["v"];
        Assert.Equal(expectedJson, value is null ? "null" : value.ToJsonString());
    }

    [Fact]
    public void Read_MultipleDocuments_KeepsIndexAndStartLine()
    {
        var documents = YamlDocumentReader.Read("a: 1\n---\n---\nkind: Secret\nb: [x, z]\n");

        Assert.Equal(3, documents.Count);
        Assert.Equal([1, 2, 3], documents.Select(d => d.Index));
        Assert.Null(documents[1].Content);
        Assert.Equal(4, documents[2].Line);
        Assert.Equal("""{"kind":"Secret","b":["x","z"]}""", documents[2].Content!.ToJsonString());
    }

    [Fact]
    public void Read_AnchorsAndMergeKeys_ExpandWithExplicitKeysWinning()
    {
        var document = Assert.Single(YamlDocumentReader.Read("base: &b {x: 1, z: 2}\nother:\n  <<: *b\n  z: 3\n"));

        Assert.Equal("""{"x":1,"z":3}""", document.Content!["other"]!.ToJsonString());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"x":1,"z":2}"""), document.Content!["base"]));
    }

    [Fact]
    public void Read_DuplicateKey_FailsWithPosition()
    {
        var error = Assert.Throws<YamlFormatException>(() => YamlDocumentReader.Read("a: 1\na: 2\n"));

        Assert.Equal(2, error.Line);
        Assert.Contains("\"a\" already defined", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Malformed_FailsWithPositionNotStackTrace()
    {
        var error = Assert.Throws<YamlFormatException>(() => YamlDocumentReader.Read("a: [1, 2\nb: 3\n"));

        Assert.True(error.Line >= 1);
        Assert.StartsWith("line ", error.Message, StringComparison.Ordinal);
    }
}
