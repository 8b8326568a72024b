using System.Text.Json.Nodes;
using Ferry.LocalCluster.Http;
using Ferry.LocalCluster.Semantics;

namespace Ferry.LocalCluster.Patching;

/// <summary>
/// Strategic merge patch for built-in kinds: merge-patch for maps, per-field list strategies (merge by key, set
/// union, replace), and the <c>$patch</c>, <c>$retainKeys</c>, <c>$deleteFromPrimitiveList</c> and
/// <c>$setElementOrder</c> directives.
/// </summary>
internal static class StrategicMergePatch
{
    private const string DeleteFromPrimitiveList = "$deleteFromPrimitiveList/";
    private const string SetElementOrder = "$setElementOrder/";

    public static JsonObject Apply(JsonObject original, JsonNode? patch, Func<IReadOnlyList<string>, ListType> listTypes)
    {
        if (patch is not JsonObject patchObject)
        {
            throw ApiErrors.BadRequest("strategic merge patch must be a JSON object");
        }

        return MergeMap(original.DeepClone().AsObject(), patchObject, [], listTypes) ?? [];
    }

    private static JsonObject? MergeMap(JsonObject target, JsonObject patch, List<string> path, Func<IReadOnlyList<string>, ListType> listTypes)
    {
        switch ((string?)patch["$patch"])
        {
            case "delete":
                return null;
            case "replace":
                var replacement = patch.DeepClone().AsObject();
                replacement.Remove("$patch");
                return replacement;
            default:
                break;
        }

        if (patch["$retainKeys"] is JsonArray retain)
        {
            var keep = JsonFields.Strings(retain).ToHashSet(StringComparer.Ordinal);
            foreach (var key in target.Select(p => p.Key).ToList())
            {
                if (!keep.Contains(key))
                {
                    target.Remove(key);
                }
            }
        }

        foreach (var (key, value) in patch)
        {
            if (key is "$patch" or "$retainKeys" || key.StartsWith(SetElementOrder, StringComparison.Ordinal))
            {
                continue;
            }

            if (key.StartsWith(DeleteFromPrimitiveList, StringComparison.Ordinal))
            {
                var field = key[DeleteFromPrimitiveList.Length..];
                if (target[field] is JsonArray list && value is JsonArray doomed)
                {
                    foreach (var item in list.Where(i => doomed.Any(d => JsonNode.DeepEquals(d, i))).ToList())
                    {
                        list.Remove(item);
                    }
                }

                continue;
            }

            if (value is null)
            {
                target.Remove(key);
                continue;
            }

            var childPath = new List<string>(path) { key };
            var merged = MergeValue(target[key], value, childPath, listTypes);
            if (merged is null)
            {
                target.Remove(key);
            }
            else
            {
                target[key] = merged;
            }
        }

        return target;
    }

    private static JsonNode? MergeValue(JsonNode? current, JsonNode value, List<string> path, Func<IReadOnlyList<string>, ListType> listTypes)
    {
        if (value is JsonObject patchMap)
        {
            var target = current is JsonObject existing ? existing.DeepClone().AsObject() : [];
            return MergeMap(target, patchMap, path, listTypes);
        }

        if (value is JsonArray patchList && current is JsonArray currentList)
        {
            return MergeList(currentList, patchList, path, listTypes);
        }

        if (value is JsonArray freshList)
        {
            return Strip(freshList);
        }

        return value.DeepClone();
    }

    private static JsonArray MergeList(JsonArray current, JsonArray patch, List<string> path, Func<IReadOnlyList<string>, ListType> listTypes)
    {
        if (patch.Any(i => i is JsonObject o && (string?)o["$patch"] == "replace"))
        {
            return new JsonArray([.. patch.Where(i => !(i is JsonObject o && o.ContainsKey("$patch"))).Select(i => i?.DeepClone())]);
        }

        var type = listTypes(path);
        switch (type.Kind)
        {
            case ListKind.Set:
                var union = new JsonArray([.. current.Select(i => i?.DeepClone())]);
                foreach (var item in patch)
                {
                    if (!union.Any(u => JsonNode.DeepEquals(u, item)))
                    {
                        union.Add(item?.DeepClone());
                    }
                }

                return union;
            case ListKind.Map:
                var merged = new JsonArray([.. current.Select(i => i?.DeepClone())]);
                foreach (var item in patch.OfType<JsonObject>())
                {
                    var match = merged.OfType<JsonObject>().FirstOrDefault(m => type.Keys.All(k => JsonNode.DeepEquals(m[k], item[k])));
                    if ((string?)item["$patch"] == "delete")
                    {
                        if (match is not null)
                        {
                            merged.Remove(match);
                        }

                        continue;
                    }

                    if (match is null)
                    {
                        merged.Add(item.DeepClone());
                    }
                    else
                    {
                        var index = merged.IndexOf(match);
                        merged[index] = MergeMap(match.DeepClone().AsObject(), item, [.. path, "[]"], listTypes);
                    }
                }

                return merged;
            default:
                return Strip(patch);
        }
    }

    private static JsonArray Strip(JsonArray list) =>
        new([.. list.Where(i => !(i is JsonObject o && o.ContainsKey("$patch"))).Select(i => i?.DeepClone())]);
}
