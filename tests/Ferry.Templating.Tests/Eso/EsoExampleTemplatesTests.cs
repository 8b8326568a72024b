using Ferry.Templating.Functions;
using Ferry.Testing;
using YamlDotNet.RepresentationModel;

namespace Ferry.Templating.Tests.Eso;

/// <summary>Every v2 template in ESO's documentation manifests parses with Ferry's engine and ESO's function map.</summary>
public sealed class EsoExampleTemplatesTests
{
    public static TheoryData<string, string> Templates()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Directory.EnumerateFiles(RepoPaths.EsoExamples, "*.yaml").Order(StringComparer.Ordinal))
        {
            var stream = new YamlStream();
            try
            {
                stream.Load(new StringReader(File.ReadAllText(file)));
            }
            catch (YamlDotNet.Core.YamlException)
            {
                continue;
            }

            foreach (var document in stream.Documents)
            {
                if (document.RootNode is not YamlMappingNode root || Scalar(root, "kind") is not ("ExternalSecret" or "PushSecret" or "ClusterExternalSecret"))
                {
                    continue;
                }

                foreach (var (key, text) in TemplateTexts(root))
                {
                    data.Add($"{Path.GetFileName(file)}:{key}", text);
                }
            }
        }

        return data;
    }

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode scalar ? scalar.Value : null;

    private static YamlMappingNode? Map(YamlNode? node, params string[] path)
    {
        foreach (var key in path)
        {
            if (node is not YamlMappingNode map || !map.Children.TryGetValue(new YamlScalarNode(key), out node))
            {
                return null;
            }
        }

        return node as YamlMappingNode;
    }

    private static IEnumerable<(string Key, string Text)> TemplateTexts(YamlMappingNode root)
    {
        var templates = new[]
        {
            Map(root, "spec", "target", "template"),
            Map(root, "spec", "template"),
            Map(root, "spec", "externalSecretSpec", "target", "template"),
        };
        // engineVersion v1 templates (pemCertificate and friends) do not run on ESO 2.x either.
        foreach (var template in templates.OfType<YamlMappingNode>().Where(t => Scalar(t, "engineVersion") != "v1"))
        {
            if (Map(template, "data") is { } data)
            {
                foreach (var (key, value) in data.Children)
                {
                    if (value is YamlScalarNode { Value: { } text })
                    {
                        yield return (((YamlScalarNode)key).Value ?? "", text);
                    }
                }
            }

            if (template.Children.TryGetValue(new YamlScalarNode("templateFrom"), out var from) && from is YamlSequenceNode entries)
            {
                foreach (var entry in entries.OfType<YamlMappingNode>())
                {
                    if (Scalar(entry, "literal") is { } literal)
                    {
                        yield return ("literal", literal);
                    }
                }
            }
        }
    }

    [Fact]
    public void Examples_ContainTemplates() => Assert.True(Templates().Count >= 20);

    [Theory]
    [MemberData(nameof(Templates))]
    public void Parse_EsoDocumentationTemplate_Succeeds(string source, string text)
    {
        var template = GoTemplate.Parse(source, text, new TemplateOptions { Functions = EsoFunctions.Library });
        Assert.Contains(source, template.TemplateNames);
    }
}
