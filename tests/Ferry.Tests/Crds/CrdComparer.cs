using System.Text.Json.Nodes;

namespace Ferry.Tests.Crds;

/// <summary>
/// Compares Ferry's CRD of a kind with ESO's and lists every difference at once: the CRD-level facts (scope, names,
/// versions, printer columns, selectable fields, subresources) and, for served versions, every schema keyword but
/// descriptions, field by field in both directions. Subtrees at <paramref name="opaquePaths"/> (providers and
/// generators Ferry does not implement) only need to be free-form objects in Ferry.
/// </summary>
internal sealed class CrdComparer(string kind, IReadOnlySet<string> opaquePaths)
{
    // Keys compared structurally by the walk rather than as values; descriptions are prose, not behaviour.
    private static readonly HashSet<string> WalkedKeys = ["description", "properties", "items", "additionalProperties", "required"];

    private readonly List<CrdDifference> _differences = [];

    public IReadOnlyList<CrdDifference> Compare(JsonObject eso, JsonObject ferry)
    {
        CompareValue("group", eso["spec"]?["group"], ferry["spec"]?["group"]);
        CompareValue("scope", eso["spec"]?["scope"], ferry["spec"]?["scope"]);
        foreach (var name in new[] { "kind", "listKind", "plural", "singular" })
        {
            CompareValue($"names.{name}", eso["spec"]?["names"]?[name], ferry["spec"]?["names"]?[name]);
        }

        CompareSet("names.shortNames", eso["spec"]?["names"]?["shortNames"], ferry["spec"]?["names"]?["shortNames"]);
        CompareSet("names.categories", eso["spec"]?["names"]?["categories"], ferry["spec"]?["names"]?["categories"]);
        CompareValue("metadata.labels", eso["metadata"]?["labels"], ferry["metadata"]?["labels"]);
        CompareVersions(Versions(eso), Versions(ferry));
        return _differences;
    }

    private void CompareVersions(Dictionary<string, JsonObject> eso, Dictionary<string, JsonObject> ferry)
    {
        foreach (var (name, esoVersion) in eso)
        {
            var path = $"versions[{name}]";
            if (!ferry.TryGetValue(name, out var ferryVersion))
            {
                Add(path, "missing in Ferry");
                continue;
            }

            CompareValue($"{path}.served", esoVersion["served"], ferryVersion["served"]);
            CompareValue($"{path}.storage", esoVersion["storage"], ferryVersion["storage"]);
            CompareValue($"{path}.deprecated", esoVersion["deprecated"] ?? false, ferryVersion["deprecated"] ?? false);
            // An empty subresources map and none at all both mean "no subresources".
            CompareValue($"{path}.subresources", esoVersion["subresources"] ?? new JsonObject(), ferryVersion["subresources"] ?? new JsonObject());
            CompareValue($"{path}.additionalPrinterColumns", esoVersion["additionalPrinterColumns"], ferryVersion["additionalPrinterColumns"]);
            CompareValue($"{path}.selectableFields", esoVersion["selectableFields"], ferryVersion["selectableFields"]);
            var esoSchema = esoVersion["schema"]?["openAPIV3Schema"]?.AsObject() ?? [];
            var ferrySchema = ferryVersion["schema"]?["openAPIV3Schema"]?.AsObject();
            if (esoVersion["served"]?.GetValue<bool>() == true)
            {
                CompareSchema(string.Empty, esoSchema, ferrySchema);
            }
            else if (!JsonNode.DeepEquals(esoSchema, ferrySchema))
            {
                Add($"{path}.schema", "differs (an unserved version; not compared field by field)");
            }
        }

        foreach (var name in ferry.Keys.Except(eso.Keys))
        {
            Add($"versions[{name}]", "only in Ferry");
        }
    }

    private void CompareSchema(string path, JsonObject eso, JsonObject? ferry)
    {
        if (ferry is null)
        {
            Add(path, "missing in Ferry");
            return;
        }

        if (opaquePaths.Contains(path))
        {
            if (ferry["type"]?.GetValue<string>() != "object" || ferry["x-kubernetes-preserve-unknown-fields"]?.GetValue<bool>() != true)
            {
                Add(path, "not implemented by Ferry, so it must be a free-form object (type: object, x-kubernetes-preserve-unknown-fields: true)");
            }

            return;
        }

        foreach (var key in eso.Select(p => p.Key).Union(ferry.Select(p => p.Key)).Except(WalkedKeys).Order(StringComparer.Ordinal))
        {
            CompareKeyword(path, key, eso, ferry);
        }

        CompareRequired(path, eso["required"], ferry["required"]);
        var esoProperties = eso["properties"]?.AsObject() ?? [];
        var ferryProperties = ferry["properties"]?.AsObject() ?? [];
        foreach (var (name, esoProperty) in esoProperties)
        {
            CompareSchema(Child(path, name), esoProperty!.AsObject(), ferryProperties[name]?.AsObject());
        }

        foreach (var (name, _) in ferryProperties.Where(p => !esoProperties.ContainsKey(p.Key)))
        {
            Add(Child(path, name), "only in Ferry");
        }

        CompareNested(path + "[]", eso["items"], ferry["items"]);
        CompareNested(path + "{}", eso["additionalProperties"], ferry["additionalProperties"]);
    }

    private void CompareNested(string path, JsonNode? eso, JsonNode? ferry)
    {
        switch (eso, ferry)
        {
            case (JsonObject esoSchema, _):
                CompareSchema(path, esoSchema, ferry as JsonObject);
                break;
            case (null, not null):
                Add(path, "only in Ferry");
                break;
            default:
                CompareValue(path, eso, ferry);
                break;
        }
    }

    private void CompareKeyword(string path, string key, JsonObject eso, JsonObject ferry)
    {
        eso.TryGetPropertyValue(key, out var esoValue);
        ferry.TryGetPropertyValue(key, out var ferryValue);
        if (key == "x-kubernetes-validations")
        {
            CompareRules(path, esoValue, ferryValue);
        }
        else if (key == "enum")
        {
            CompareSet(path, esoValue, ferryValue, "enum is ");
        }
        else if (!JsonNode.DeepEquals(esoValue, ferryValue) || eso.ContainsKey(key) != ferry.ContainsKey(key))
        {
            Add(path, $"{key} is {Show(eso, key)} in ESO, {Show(ferry, key)} in Ferry");
        }
    }

    private void CompareRules(string path, JsonNode? eso, JsonNode? ferry)
    {
        var esoRules = Rules(eso);
        var ferryRules = Rules(ferry);
        foreach (var rule in esoRules.Except(ferryRules))
        {
            Add(path, $"x-kubernetes-validations: ESO's rule {rule} is missing in Ferry");
        }

        foreach (var rule in ferryRules.Except(esoRules))
        {
            Add(path, $"x-kubernetes-validations: Ferry's rule {rule} is not in ESO");
        }
    }

    private void CompareRequired(string path, JsonNode? eso, JsonNode? ferry)
    {
        var esoRequired = Names(eso);
        var ferryRequired = Names(ferry);
        foreach (var name in esoRequired.Except(ferryRequired))
        {
            Add(Child(path, name), "required in ESO, optional in Ferry");
        }

        foreach (var name in ferryRequired.Except(esoRequired))
        {
            Add(Child(path, name), "required in Ferry, optional in ESO");
        }
    }

    private void CompareValue(string path, JsonNode? eso, JsonNode? ferry)
    {
        if (!JsonNode.DeepEquals(eso, ferry))
        {
            Add(path, $"{Show(eso)} in ESO, {Show(ferry)} in Ferry");
        }
    }

    private void CompareSet(string path, JsonNode? eso, JsonNode? ferry, string what = "")
    {
        var esoItems = Strings(eso);
        var ferryItems = Strings(ferry);
        if (!esoItems.SetEquals(ferryItems) || (eso is null) != (ferry is null))
        {
            Add(path, $"{what}{Show(eso)} in ESO, {Show(ferry)} in Ferry");
        }
    }

    private void Add(string path, string what) => _differences.Add(new CrdDifference(kind, path, what));

    private static Dictionary<string, JsonObject> Versions(JsonObject crd) =>
        (crd["spec"]?["versions"]?.AsArray() ?? []).Select(v => v!.AsObject()).ToDictionary(v => v["name"]!.GetValue<string>(), StringComparer.Ordinal);

    private static HashSet<string> Rules(JsonNode? rules) =>
        [.. (rules?.AsArray() ?? []).Select(rule => Ferry.Crds.JsonKeyOrder.Sorted(rule)!.ToJsonString())];

    private static HashSet<string> Strings(JsonNode? list) =>
        [.. (list?.AsArray() ?? []).Select(item => item!.ToJsonString())];

    private static HashSet<string> Names(JsonNode? list) =>
        [.. (list?.AsArray() ?? []).Select(item => item!.GetValue<string>())];

    private static string Child(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

    private static string Show(JsonObject schema, string key) =>
        schema.TryGetPropertyValue(key, out var value) ? Show(value) : "absent";

    private static string Show(JsonNode? value) => value is null ? "absent" : value.ToJsonString();
}
