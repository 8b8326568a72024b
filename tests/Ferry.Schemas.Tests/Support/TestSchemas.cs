using System.Text.Json.Nodes;
using Ferry.Manifests;

namespace Ferry.Schemas.Tests.Support;

/// <summary>Builds schemas and objects from YAML, the way the tests write them.</summary>
internal static class TestSchemas
{
    public static JsonNode Yaml(string yaml) => YamlDocumentReader.Read(yaml).Single().Content!;

    public static StructuralSchema Parse(string yaml) => StructuralSchema.Parse(Yaml(yaml));

    /// <summary>A root schema with one spec property given as YAML (indented under <c>spec:</c>).</summary>
    public static StructuralSchema WithSpec(string specYaml)
    {
        var spec = Yaml(specYaml);
        var root = new JsonObject
        {
            ["type"] = "object",
            ["properties"] = new JsonObject { ["spec"] = spec },
        };
        return StructuralSchema.Parse(root);
    }

    /// <summary>Validates <c>{spec: ...}</c> and returns the rendered error lines.</summary>
    public static List<string> ValidateSpec(this StructuralSchema schema, string specYaml, string? oldSpecYaml = null)
    {
        var instance = new JsonObject { ["spec"] = Yaml(specYaml) };
        var old = oldSpecYaml is null ? null : new JsonObject { ["spec"] = Yaml(oldSpecYaml) };
        return [.. schema.Validate(instance, old).Select(e => e.ToString())];
    }
}
