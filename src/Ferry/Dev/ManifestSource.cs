using System.Text.Json.Nodes;
using Ferry.Manifests;
using Ferry.Validation;

namespace Ferry.Dev;

/// <summary>
/// Reads the objects of the <c>--apply</c> paths: files and directories (searched as <c>ferry validate</c> does),
/// multi-document YAML or JSON, a <c>kind: List</c> counting as its items. Problems are collected, not thrown, so
/// one broken file does not stop the others.
/// </summary>
internal static class ManifestSource
{
    public static (IReadOnlyList<ManifestObject> Objects, IReadOnlyList<string> Problems) Read(IEnumerable<string> paths)
    {
        var (files, fileProblems) = ManifestFiles.Expand(paths);
        var problems = fileProblems.Select(p => $"{p.File}: {p.Message}").ToList();
        var objects = new List<ManifestObject>();
        foreach (var file in files)
        {
            try
            {
                foreach (var document in YamlDocumentReader.Read(File.ReadAllText(file)))
                {
                    Collect(file, document, objects, problems);
                }
            }
            catch (YamlFormatException e)
            {
                problems.Add($"{file}: invalid YAML: {e.Message}");
            }
            catch (IOException e)
            {
                problems.Add($"{file}: cannot read: {e.Message}");
            }
        }

        return (objects, problems);
    }

    private static void Collect(string file, YamlDocument document, List<ManifestObject> objects, List<string> problems)
    {
        switch (document.Content)
        {
            case null:
                return;
            case JsonObject { } list when list["kind"]?.GetValue<string>() is { } kind && kind.EndsWith("List", StringComparison.Ordinal)
                && list["items"] is JsonArray items:
                foreach (var item in items.OfType<JsonObject>())
                {
                    Add(file, document.Index, (JsonObject)item.DeepClone(), objects, problems);
                }

                return;
            case JsonObject body:
                Add(file, document.Index, body, objects, problems);
                return;
            default:
                problems.Add($"{file}:{document.Line}: document {document.Index} is not an object");
                return;
        }
    }

    private static void Add(string file, int document, JsonObject body, List<ManifestObject> objects, List<string> problems)
    {
        var manifest = new ManifestObject(file, document, body);
        if (manifest.ApiVersion.Length == 0 || manifest.Kind.Length == 0 || manifest.Name.Length == 0)
        {
            problems.Add($"{file}: document {document} needs apiVersion, kind and metadata.name");
            return;
        }

        objects.Add(manifest);
    }
}
