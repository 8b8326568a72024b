using System.Text.Json.Nodes;
using Ferry.LocalCluster.Http;
using Ferry.LocalCluster.Resources;
using Ferry.LocalCluster.Semantics;

namespace Ferry.LocalCluster.Patching;

/// <summary>
/// Server-side apply: the applied configuration is merged into the live object, fields the manager stopped applying
/// are removed unless someone else owns them, and a field another manager owns with a different value is a conflict
/// unless forced.
/// </summary>
internal static class ServerSideApply
{
    public static PatchOutcome Apply(ResourceType type, string name, JsonObject? live, JsonNode? patch, string manager, bool force, string now)
    {
        if (patch is not JsonObject config)
        {
            throw ApiErrors.BadRequest("error decoding YAML: the applied configuration must be an object");
        }

        if (string.IsNullOrEmpty(JsonFields.String(config, "apiVersion")) || string.IsNullOrEmpty(JsonFields.String(config, "kind")))
        {
            throw ApiErrors.BadRequest("invalid object type: apiVersion and kind must be set in an applied configuration");
        }

        var configName = JsonFields.String(JsonFields.Metadata(config), "name");
        if (!string.IsNullOrEmpty(configName) && !string.Equals(configName, name, StringComparison.Ordinal))
        {
            throw ApiErrors.BadRequest($"the name of the object ({configName}) does not match the name on the URL ({name})");
        }

        var listTypes = type.Strategy.ListTypeAt;
        var applied = FieldTree.FromObject(config, listTypes);
        var entries = live is null ? [] : ManagedFields.Read(live);
        var mine = entries.FirstOrDefault(e => e.SameOwner(manager, "Apply", null));
        var conflicts = FindConflicts(entries, mine, applied, live, config);
        if (conflicts.Count > 0 && !force)
        {
            throw ConflictError(type, name, conflicts);
        }

        foreach (var (owner, path) in conflicts)
        {
            owner.Fields = owner.Fields.Subtract(Single(path));
        }

        var result = live?.DeepClone().AsObject() ?? [];
        if (mine is not null)
        {
            var dropped = mine.Fields.Subtract(applied);
            foreach (var other in entries.Where(e => e != mine))
            {
                dropped = dropped.Subtract(other.Fields);
            }

            var others = entries.Where(e => e != mine).Aggregate(new FieldTree(), (all, e) => all.Union(e.Fields));
            foreach (var path in dropped.Paths().OrderByDescending(p => p.Count).ToList())
            {
                // A map or list item owned as a whole (".") stays while another manager owns something inside it.
                if (others.Find(path) is { Children.Count: > 0 })
                {
                    continue;
                }

                RemovePath(result, path);
            }
        }

        result = (JsonObject)Merge(result, config, [], listTypes)!;
        if (mine is null)
        {
            mine = new ManagedFieldsEntry { Manager = manager, Operation = "Apply", ApiVersion = type.ApiVersion, Fields = applied };
            entries.Add(mine);
        }

        mine.Fields = applied;
        mine.Time = now;
        mine.ApiVersion = type.ApiVersion;
        ManagedFields.Write(result, entries);
        return new PatchOutcome(result, CreateIfMissing: true, ManagedFieldsSet: true);
    }

    private static List<(ManagedFieldsEntry Owner, IReadOnlyList<string> Path)> FindConflicts(
        List<ManagedFieldsEntry> entries, ManagedFieldsEntry? mine, FieldTree applied, JsonObject? live, JsonObject config)
    {
        var conflicts = new List<(ManagedFieldsEntry, IReadOnlyList<string>)>();
        if (live is null)
        {
            return conflicts;
        }

        foreach (var entry in entries.Where(e => e != mine))
        {
            foreach (var path in applied.Intersect(entry.Fields).Paths())
            {
                if (!JsonNode.DeepEquals(Navigate(live, path), Navigate(config, path)))
                {
                    conflicts.Add((entry, path));
                }
            }
        }

        return conflicts;
    }

    private static ApiException ConflictError(ResourceType type, string name, List<(ManagedFieldsEntry Owner, IReadOnlyList<string> Path)> conflicts)
    {
        var causes = new JsonArray();
        foreach (var (owner, path) in conflicts)
        {
            causes.Add(new JsonObject
            {
                ["reason"] = "FieldManagerConflict",
                ["message"] = $"conflict with \"{owner.Manager}\"" + (owner.Operation == "Update" ? $" using {owner.ApiVersion}" : string.Empty),
                ["field"] = FieldTree.Render(path),
            });
        }

        string message;
        if (conflicts.Count == 1)
        {
            message = $"Apply failed with 1 conflict: {causes[0]!["message"]}: {causes[0]!["field"]}";
        }
        else
        {
            var lines = conflicts.GroupBy(c => c.Owner)
                .Select(g => $"conflicts with \"{g.Key.Manager}\"" + (g.Key.Operation == "Update" ? $" using {g.Key.ApiVersion}" : string.Empty) + ":\n"
                    + string.Join("\n", g.Select(c => "- " + FieldTree.Render(c.Path))));
            message = $"Apply failed with {conflicts.Count} conflicts: " + string.Join("\n", lines);
        }

        var details = new JsonObject { ["name"] = name };
        if (type.Group.Length > 0)
        {
            details["group"] = type.Group;
        }

        details["kind"] = type.Plural;
        details["causes"] = causes;
        return new ApiException(409, "Conflict", message, details);
    }

    private static FieldTree Single(IReadOnlyList<string> path)
    {
        var root = new FieldTree();
        var node = root;
        foreach (var key in path)
        {
            var child = new FieldTree();
            node.Children[key] = child;
            node = child;
        }

        node.Member = true;
        return root;
    }

    private static JsonNode? Navigate(JsonNode? node, IReadOnlyList<string> path)
    {
        foreach (var key in path)
        {
            node = FieldTree.Resolve(node, key);
            if (node is null)
            {
                return null;
            }
        }

        return node;
    }

    private static void RemovePath(JsonObject root, IReadOnlyList<string> path)
    {
        var parent = Navigate(root, path.Take(path.Count - 1).ToList());
        var last = path[^1];
        if (last.StartsWith("f:", StringComparison.Ordinal) && parent is JsonObject obj)
        {
            obj.Remove(last[2..]);
            // A map the removal emptied goes too, as structured-merge-diff leaves no empty remnants behind.
            if (obj.Count == 0 && path.Count > 1 && path[^2].StartsWith("f:", StringComparison.Ordinal))
            {
                RemovePath(root, path.Take(path.Count - 1).ToList());
            }
        }
        else if (parent is JsonArray array && FieldTree.Resolve(array, last) is { } item)
        {
            array.Remove(item);
        }
    }

    private static JsonNode? Merge(JsonNode? live, JsonNode? config, List<string> path, Func<IReadOnlyList<string>, ListType> listTypes)
    {
        if (config is JsonObject configObject && live is JsonObject liveObject)
        {
            var result = liveObject.DeepClone().AsObject();
            foreach (var (key, value) in configObject)
            {
                if (value is null)
                {
                    result.Remove(key);
                    continue;
                }

                result[key] = Merge(result[key], value, [.. path, key], listTypes);
            }

            return result;
        }

        if (config is JsonArray configList && live is JsonArray liveList)
        {
            var type = listTypes(path);
            if (type.Kind == ListKind.Set)
            {
                var union = new JsonArray([.. liveList.Select(i => i?.DeepClone())]);
                foreach (var item in configList.Where(i => !union.Any(u => JsonNode.DeepEquals(u, i))))
                {
                    union.Add(item?.DeepClone());
                }

                return union;
            }

            if (type.Kind == ListKind.Map)
            {
                var merged = new JsonArray([.. liveList.Select(i => i?.DeepClone())]);
                foreach (var item in configList.OfType<JsonObject>())
                {
                    var match = merged.OfType<JsonObject>().FirstOrDefault(m => type.Keys.All(k => JsonNode.DeepEquals(m[k], item[k])));
                    if (match is null)
                    {
                        merged.Add(item.DeepClone());
                    }
                    else
                    {
                        merged[merged.IndexOf(match)] = Merge(match, item, [.. path, "[]"], listTypes);
                    }
                }

                return merged;
            }
        }

        return config?.DeepClone();
    }
}
