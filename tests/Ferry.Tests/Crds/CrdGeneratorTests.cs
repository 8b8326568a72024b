using System.ComponentModel;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Ferry.Api;
using Ferry.Api.Schema;
using Ferry.Crds;
using Ferry.Manifests;
using k8s.Models;

namespace Ferry.Tests.Crds;

public sealed class CrdGeneratorTests
{
    private static readonly JsonObject Crd = CrdGenerator.Generate([typeof(Widget)]).Single();

    [Fact]
    public void Generate_Kind_FillsMetadataNamesAndScope()
    {
        var expected = """
            {"apiVersion":"apiextensions.k8s.io/v1","kind":"CustomResourceDefinition",
             "metadata":{"name":"widgets.example.ferry.dev","labels":{"external-secrets.io/component":"controller"}},
             "group":"example.ferry.dev",
             "names":{"kind":"Widget","listKind":"WidgetList","plural":"widgets","singular":"widget","shortNames":["wd"],"categories":["external-secrets","widgets"]},
             "scope":"Cluster"}
            """;
        var actual = new JsonObject
        {
            ["apiVersion"] = Crd["apiVersion"]!.DeepClone(),
            ["kind"] = Crd["kind"]!.DeepClone(),
            ["metadata"] = Crd["metadata"]!.DeepClone(),
            ["group"] = Crd["spec"]!["group"]!.DeepClone(),
            ["names"] = Crd["spec"]!["names"]!.DeepClone(),
            ["scope"] = Crd["spec"]!["scope"]!.DeepClone(),
        };

        SchemaBuilderTests.AssertJson(expected, actual);
    }

    [Fact]
    public void Generate_ServedVersion_HasColumnsInOrder_SelectableFields_StatusSubresource()
    {
        var version = ServedVersion();

        SchemaBuilderTests.AssertJson(
            """
            [{"name":"Ready","type":"string","jsonPath":".status.ready"},
             {"name":"Age","type":"date","jsonPath":".metadata.creationTimestamp","description":"How old.","priority":1},
             {"name":"Size","type":"integer","jsonPath":".spec.size","format":"int32"}]
            """,
            version["additionalPrinterColumns"]!);
        SchemaBuilderTests.AssertJson("""[{"jsonPath":".spec.name"},{"jsonPath":".spec.size"}]""", version["selectableFields"]!);
        SchemaBuilderTests.AssertJson("{}", version["subresources"]!["status"]!);
        Assert.True(version["served"]!.GetValue<bool>());
        Assert.True(version["storage"]!.GetValue<bool>());
    }

    [Fact]
    public void Generate_RootSchema_HasKubernetesFieldsSpecAndStatus()
    {
        var schema = ServedVersion()["schema"]!["openAPIV3Schema"]!;

        Assert.Equal("A widget.", schema["description"]!.GetValue<string>());
        Assert.Equal("object", schema["type"]!.GetValue<string>());
        Assert.Equal(["apiVersion", "kind", "metadata", "spec", "status"], schema["properties"]!.AsObject().Select(p => p.Key));
        SchemaBuilderTests.AssertJson("""{"type":"object"}""", schema["properties"]!["metadata"]!);
        Assert.Equal("string", schema["properties"]!["apiVersion"]!["type"]!.GetValue<string>());
        Assert.NotNull(schema["properties"]!["kind"]!["description"]);
        SchemaBuilderTests.AssertJson("""["name"]""", schema["properties"]!["spec"]!["required"]!);
    }

    [Fact]
    public void Generate_UnservedVersion_IsListedFreeFormDeprecatedAndNotStored()
    {
        var versions = Crd["spec"]!["versions"]!.AsArray();
        var old = versions.Single(v => v!["name"]!.GetValue<string>() == "v1beta1")!;

        Assert.Equal(["v1", "v1beta1"], versions.Select(v => v!["name"]!.GetValue<string>()));
        Assert.False(old["served"]!.GetValue<bool>());
        Assert.False(old["storage"]!.GetValue<bool>());
        Assert.True(old["deprecated"]!.GetValue<bool>());
        Assert.Null(old["selectableFields"]);
        var schema = old["schema"]!["openAPIV3Schema"]!;
        Assert.Equal("object", schema["type"]!.GetValue<string>());
        Assert.True(schema["x-kubernetes-preserve-unknown-fields"]!.GetValue<bool>());
        Assert.Null(schema["properties"]);
    }

    [Fact]
    public void Generate_Keys_AreSortedOrdinallyAtEveryLevel()
    {
        AssertSorted(Crd);
    }

    [Fact]
    public void Generate_Twice_WritesIdenticalYaml()
    {
        var again = CrdGenerator.Generate([typeof(Widget)]).Single();

        Assert.Equal(YamlDocumentWriter.ToYaml(Crd), YamlDocumentWriter.ToYaml(again));
    }

    [Fact]
    public void Generate_Crd_RoundTripsThroughYaml()
    {
        var read = YamlDocumentReader.Read(YamlDocumentWriter.ToYaml(Crd)).Single().Content;

        Assert.True(JsonNode.DeepEquals(Crd, read));
    }

    [Fact]
    public void Generate_SeveralKinds_AreOrderedByFileName()
    {
        var crds = CrdGenerator.Generate([typeof(Widget), typeof(Gadget)]);

        Assert.Equal(["example.ferry.dev_gadgets.yaml", "example.ferry.dev_widgets.yaml"], crds.Select(CrdGenerator.FileName));
    }

    [Fact]
    public void Generate_DefaultsOfCustomResource_NamespacedNoStatusSubresourceWhenDisabled()
    {
        var gadget = CrdGenerator.Generate([typeof(Gadget)]).Single();
        var version = gadget["spec"]!["versions"]![0]!;

        Assert.Equal("Namespaced", gadget["spec"]!["scope"]!.GetValue<string>());
        Assert.Null(version["subresources"]);
        Assert.Null(version["additionalPrinterColumns"]);
        Assert.Null(gadget["spec"]!["names"]!["shortNames"]);
    }

    [Fact]
    public void Generate_TwoStorageVersions_Throws()
    {
        Assert.Throws<NotSupportedException>(() => CrdGenerator.Generate([typeof(Gadget), typeof(GadgetV2)]));
    }

    [Fact]
    public void GenerateAll_EveryCrd_RoundTripsThroughYaml()
    {
        var crds = CrdGenerator.GenerateAll();

        Assert.NotEmpty(crds);
        foreach (var crd in crds)
        {
            var yaml = YamlDocumentWriter.ToYaml(crd);
            var read = YamlDocumentReader.Read(yaml).Single().Content;
            Assert.True(JsonNode.DeepEquals(crd, read), CrdGenerator.FileName(crd));
        }
    }

    [Fact]
    public void GenerateAll_AgreesWithTheApiKindsRegistry()
    {
        var crds = CrdGenerator.GenerateAll();

        Assert.Equal(ApiKinds.All.Count, crds.Count);
        foreach (var kind in ApiKinds.All)
        {
            var crd = crds.Single(c => c["spec"]!["names"]!["kind"]!.GetValue<string>() == kind.Kind);
            Assert.Equal(kind.Group, crd["spec"]!["group"]!.GetValue<string>());
            Assert.Equal(kind.Plural, crd["spec"]!["names"]!["plural"]!.GetValue<string>());
            Assert.Equal(kind.ListKind, crd["spec"]!["names"]!["listKind"]!.GetValue<string>());
            Assert.Equal(kind.Scope.ToString(), crd["spec"]!["scope"]!.GetValue<string>());
            var served = crd["spec"]!["versions"]!.AsArray().Single(v => v!["served"]!.GetValue<bool>())!;
            Assert.Equal(kind.Version, served["name"]!.GetValue<string>());
        }
    }

    [Fact]
    public void GenerateAll_EverySchemaNode_HasATypeUnlessFreeFormOrIntOrString()
    {
        var untyped = new List<string>();
        foreach (var crd in CrdGenerator.GenerateAll())
        {
            foreach (var version in crd["spec"]!["versions"]!.AsArray())
            {
                CollectUntyped(version!["schema"]!["openAPIV3Schema"]!.AsObject(), $"{CrdGenerator.FileName(crd)} {version["name"]}:", untyped);
            }
        }

        Assert.Empty(untyped);
    }

    private static void CollectUntyped(JsonObject schema, string path, List<string> untyped)
    {
        if (!schema.ContainsKey("type") && !schema.ContainsKey("x-kubernetes-preserve-unknown-fields") && !schema.ContainsKey("x-kubernetes-int-or-string"))
        {
            untyped.Add(path);
        }

        foreach (var (name, property) in schema["properties"]?.AsObject() ?? [])
        {
            CollectUntyped(property!.AsObject(), $"{path}.{name}", untyped);
        }

        if (schema["items"] is JsonObject items)
        {
            CollectUntyped(items, path + "[]", untyped);
        }

        if (schema["additionalProperties"] is JsonObject values)
        {
            CollectUntyped(values, path + "{}", untyped);
        }
    }

    private static JsonNode ServedVersion() => Crd["spec"]!["versions"]!.AsArray().Single(v => v!["served"]!.GetValue<bool>())!;

    private static void AssertSorted(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject map:
                var keys = map.Select(p => p.Key).ToList();
                Assert.Equal(keys.Order(StringComparer.Ordinal), keys);
                foreach (var (_, value) in map)
                {
                    AssertSorted(value);
                }

                break;
            case JsonArray list:
                foreach (var item in list)
                {
                    AssertSorted(item);
                }

                break;
        }
    }

    [KubernetesEntity(Group = "example.ferry.dev", ApiVersion = "v1", Kind = "Widget", PluralName = "widgets")]
    [CustomResource(Scope = ResourceScope.Cluster, ShortNames = ["wd"], Categories = ["external-secrets", "widgets"])]
    [UnservedVersion("v1beta1")]
    [PrinterColumn("Size", "integer", ".spec.size", Format = "int32", Order = 3)]
    [PrinterColumn("Ready", "string", ".status.ready", Order = 1)]
    [PrinterColumn("Age", "date", ".metadata.creationTimestamp", Description = "How old.", Priority = 1, Order = 2)]
    [SelectableField(".spec.size", Order = 2)]
    [SelectableField(".spec.name", Order = 1)]
    [Description("A widget.")]
    private sealed class Widget
    {
        [JsonPropertyName("apiVersion")]
        public string? ApiVersion { get; set; }

        [JsonPropertyName("kind")]
        public string? Kind { get; set; }

        [JsonPropertyName("metadata")]
        public V1ObjectMeta? Metadata { get; set; }

        [JsonPropertyName("spec")]
        public WidgetSpec? Spec { get; set; }

        [JsonPropertyName("status")]
        public WidgetStatus? Status { get; set; }
    }

    private sealed class WidgetSpec
    {
        [Required]
        public string? Name { get; set; }

        public int Size { get; set; }
    }

    private sealed class WidgetStatus
    {
        public string? Ready { get; set; }
    }

    [KubernetesEntity(Group = "example.ferry.dev", ApiVersion = "v1", Kind = "Gadget", PluralName = "gadgets")]
    [CustomResource(StatusSubresource = false)]
    private sealed class Gadget
    {
        public WidgetSpec? Spec { get; set; }
    }

    [KubernetesEntity(Group = "example.ferry.dev", ApiVersion = "v2", Kind = "Gadget", PluralName = "gadgets")]
    [CustomResource]
    private sealed class GadgetV2
    {
        public WidgetSpec? Spec { get; set; }
    }
}
