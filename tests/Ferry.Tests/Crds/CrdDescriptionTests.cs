using System.Text.Json.Nodes;
using Ferry.Crds;
using Ferry.Manifests;
using Ferry.Testing;

namespace Ferry.Tests.Crds;

/// <summary>
/// <c>kubectl explain</c> shows a field's schema description, so every field of a served version needs one; and the
/// words are Ferry's own, so none may repeat the description ESO gives the same field.
/// </summary>
public sealed class CrdDescriptionTests
{
    private static readonly Lazy<IReadOnlyList<JsonObject>> FerryCrds = new(() => CrdGenerator.GenerateAll());

    [Fact]
    public void GenerateAll_EveryServedField_HasADescription()
    {
        var bare = FerryCrds.Value
            .SelectMany(crd => Fields(crd).Where(field => string.IsNullOrWhiteSpace(field.Description)).Select(field => $"{Kind(crd)} {field.Path}"))
            .ToList();

        Assert.True(bare.Count == 0, $"{bare.Count} field(s) without a description:\n{string.Join('\n', bare)}");
    }

    [Fact]
    public void GenerateAll_NoDescription_RepeatsEsosWording()
    {
        var eso = Directory.GetFiles(RepoPaths.EsoCrds, "*.yaml")
            .SelectMany(file => YamlDocumentReader.Read(File.ReadAllText(file)))
            .Select(document => document.Content)
            .OfType<JsonObject>()
            .SelectMany(crd => Fields(crd).Select(field => (Key: $"{Kind(crd)} {field.Path}", field.Description)))
            .Where(field => field.Description is not null)
            .ToDictionary(field => field.Key, field => Normalized(field.Description!), StringComparer.Ordinal);

        var copied = FerryCrds.Value
            .SelectMany(crd => Fields(crd).Select(field => (Key: $"{Kind(crd)} {field.Path}", field.Description)))
            .Where(field => field.Description is not null && eso.TryGetValue(field.Key, out var theirs) && theirs == Normalized(field.Description))
            .Select(field => field.Key)
            .ToList();

        Assert.True(copied.Count == 0, $"{copied.Count} description(s) worded as ESO's:\n{string.Join('\n', copied)}");
    }

    private static string Kind(JsonObject crd) => crd["spec"]!["names"]!["kind"]!.GetValue<string>();

    private static string Normalized(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.').ToLowerInvariant();

    /// <summary>Every property below the root schema of each served version, with its path and description.</summary>
    private static IEnumerable<(string Path, string? Description)> Fields(JsonObject crd)
    {
        foreach (var version in crd["spec"]!["versions"]!.AsArray().OfType<JsonObject>())
        {
            if (version["served"]?.GetValue<bool>() == true && version["schema"]?["openAPIV3Schema"] is JsonObject root)
            {
                foreach (var field in Below(root, version["name"]!.GetValue<string>()))
                {
                    yield return field;
                }
            }
        }
    }

    private static IEnumerable<(string Path, string? Description)> Below(JsonObject schema, string path)
    {
        if (schema["properties"] is JsonObject properties)
        {
            foreach (var (name, node) in properties)
            {
                if (node is JsonObject property)
                {
                    var childPath = $"{path}.{name}";
                    yield return (childPath, property["description"]?.GetValue<string>());
                    foreach (var field in Below(property, childPath))
                    {
                        yield return field;
                    }
                }
            }
        }

        if (schema["items"] is JsonObject items)
        {
            foreach (var field in Below(items, path + "[]"))
            {
                yield return field;
            }
        }

        if (schema["additionalProperties"] is JsonObject values)
        {
            foreach (var field in Below(values, path + "{}"))
            {
                yield return field;
            }
        }
    }
}
