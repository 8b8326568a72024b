using System.Text.Json.Nodes;
using Ferry.Manifests;

namespace Ferry.Tests.Manifests;

public sealed class YamlDocumentWriterTests
{
    [Theory]
    [InlineData("true")]
    [InlineData("yes")]
    [InlineData("on")]
    [InlineData("N")]
    [InlineData("")]
    [InlineData("~")]
    [InlineData("null")]
    [InlineData("0777")]
    [InlineData("1_000")]
    [InlineData("1.5")]
    [InlineData("1e3")]
    [InlineData(".inf")]
    [InlineData("- item")]
    [InlineData("key: value")]
    [InlineData("# comment")]
    [InlineData("'quoted'")]
    [InlineData("a \"b\" c")]
    [InlineData(" leading space")]
    [InlineData("trailing space ")]
    [InlineData("line one\nline two")]
    [InlineData("ends with newline\n")]
    [InlineData("tab\there")]
    [InlineData("{not: flow}")]
    [InlineData("*alias")]
    [InlineData("has(self.a) && !has(self.b)")]
    public void ToYaml_String_ReadsBackAsTheSameString(string text)
    {
        var document = new JsonObject { ["value"] = text };

        var read = YamlDocumentReader.Read(YamlDocumentWriter.ToYaml(document)).Single().Content;

        Assert.Equal(text, read!["value"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("1h", "value: 1h\n")]
    [InlineData("external-secrets.io", "value: external-secrets.io\n")]
    [InlineData("true", "value: 'true'\n")]
    [InlineData("", "value: ''\n")]
    [InlineData("0777", "value: '0777'\n")]
    public void ToYaml_String_QuotesOnlyWhenPlainWouldMeanSomethingElse(string text, string expected)
    {
        Assert.Equal(expected, YamlDocumentWriter.ToYaml(new JsonObject { ["value"] = text }));
    }

    [Fact]
    public void ToYaml_MultiLineString_IsALiteralBlock()
    {
        var yaml = YamlDocumentWriter.ToYaml(new JsonObject { ["description"] = "first\nsecond" });

        Assert.Equal("description: |-\n  first\n  second\n", yaml);
    }

    [Fact]
    public void ToYaml_LongLine_IsNotFolded()
    {
        var text = string.Join(' ', Enumerable.Repeat("word", 60));

        Assert.Equal($"value: {text}\n", YamlDocumentWriter.ToYaml(new JsonObject { ["value"] = text }));
    }

    [Fact]
    public void ToYaml_Tree_IsBlockStyleWithEmptyCollectionsInFlowStyle()
    {
        var document = JsonNode.Parse("""{"a":{"b":[1,true,null,{"c":"d"}],"e":{},"f":[]},"g":2.5}""");

        var yaml = YamlDocumentWriter.ToYaml(document);

        Assert.Equal("a:\n  b:\n  - 1\n  - true\n  - null\n  - c: d\n  e: {}\n  f: []\ng: 2.5\n", yaml);
        Assert.True(JsonNode.DeepEquals(document, YamlDocumentReader.Read(yaml).Single().Content));
    }

    [Fact]
    public void Write_Stream_SeparatesDocumentsAndReadsBackInOrder()
    {
        using var writer = new StringWriter();

        YamlDocumentWriter.Write(writer, [new JsonObject { ["n"] = 1 }, new JsonObject { ["n"] = 2 }]);

        var documents = YamlDocumentReader.Read(writer.ToString());
        Assert.Equal([1, 2], documents.Select(d => d.Content!["n"]!.GetValue<long>()));
        Assert.StartsWith("---\n", writer.ToString(), StringComparison.Ordinal);
    }
}
