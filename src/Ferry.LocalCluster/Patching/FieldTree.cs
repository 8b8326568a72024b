using System.Text.Json.Nodes;
using Ferry.LocalCluster.Semantics;

namespace Ferry.LocalCluster.Patching;

/// <summary>
/// A set of field paths in the shape of <c>managedFields[].fieldsV1</c>: keys <c>f:name</c> (a field),
/// <c>k:{...}</c> (an item of a keyed list), <c>v:...</c> (an item of a set list); a node is a member of the set
/// when it is a leaf or holds <c>"."</c>.
/// </summary>
internal sealed class FieldTree
{
    public bool Member { get; set; }

    public SortedDictionary<string, FieldTree> Children { get; } = new(StringComparer.Ordinal);

    public bool IsEmpty => !Member && Children.Count == 0;

    private static readonly HashSet<string> IdentityMetadata =
        ["name", "namespace", "uid", "resourceVersion", "generation", "creationTimestamp", "managedFields", "selfLink", "deletionTimestamp", "deletionGracePeriodSeconds"];

    /// <summary>Every field an object sets, as server-side apply counts them.</summary>
    public static FieldTree FromObject(JsonObject value, Func<IReadOnlyList<string>, ListType> listTypes)
    {
        var tree = new FieldTree();
        foreach (var (name, child) in value)
        {
            if (name is "apiVersion" or "kind")
            {
                continue;
            }

            if (name == "metadata" && child is JsonObject metadata)
            {
                var meta = new FieldTree();
                foreach (var (field, node) in metadata)
                {
                    if (!IdentityMetadata.Contains(field))
                    {
                        meta.Children["f:" + field] = FromNode(node, ["metadata", field], listTypes);
                    }
                }

                if (!meta.IsEmpty)
                {
                    tree.Children["f:metadata"] = meta;
                }

                continue;
            }

            tree.Children["f:" + name] = FromNode(child, [name], listTypes);
        }

        return tree;
    }

    private static FieldTree FromNode(JsonNode? node, List<string> path, Func<IReadOnlyList<string>, ListType> listTypes)
    {
        var tree = new FieldTree();
        switch (node)
        {
            case JsonObject obj when obj.Count > 0:
                foreach (var (name, child) in obj)
                {
                    tree.Children["f:" + name] = FromNode(child, [.. path, name], listTypes);
                }

                break;
            case JsonArray array when array.Count > 0 && listTypes(path).Kind != ListKind.Atomic:
                var type = listTypes(path);
                foreach (var item in array)
                {
                    if (type.Kind == ListKind.Set)
                    {
                        tree.Children[SetKey(item)] = new FieldTree { Member = true };
                    }
                    else if (item is JsonObject element)
                    {
                        var child = FromNode(element, [.. path, "[]"], listTypes);
                        child.Member = true;
                        tree.Children[MapKey(element, type.Keys)] = child;
                    }
                }

                break;
            default:
                tree.Member = true;
                break;
        }

        return tree;
    }

    public static string SetKey(JsonNode? item) => "v:" + (item?.ToJsonString() ?? "null");

    public static string MapKey(JsonObject item, IReadOnlyList<string> keys)
    {
        var key = new JsonObject();
        foreach (var name in keys)
        {
            key[name] = item[name]?.DeepClone();
        }

        return "k:" + key.ToJsonString();
    }

    /// <summary>
    /// The paths whose values differ between two versions of an object (added, changed or removed). As
    /// structured-merge-diff compares them, a map or list item that did not exist before is itself added (it
    /// serializes with <c>"."</c>), except the struct fields a built-in kind's zero value already holds
    /// (<paramref name="structFields"/>, dotted field names such as <c>spec</c>) and <c>metadata</c>.
    /// </summary>
    public static FieldTree Changed(
        JsonObject? before, JsonObject after, Func<IReadOnlyList<string>, ListType> listTypes, IReadOnlyCollection<string>? structFields = null)
    {
        var a = before is null ? new FieldTree() : FromObject(before, listTypes);
        var b = FromObject(after, listTypes);
        var changed = new FieldTree();
        CollectChanges(before, after, a, b, changed, [], structFields ?? []);
        return changed;
    }

    /// <summary>Every field of a new object, each map and list item included as a whole (a create's ownership).</summary>
    public static FieldTree Added(JsonObject value, Func<IReadOnlyList<string>, ListType> listTypes, IReadOnlyCollection<string>? structFields = null)
    {
        var tree = FromObject(value, listTypes);
        foreach (var (key, child) in tree.Children)
        {
            child.MarkAdded([key], structFields ?? []);
        }

        tree.DropEmpty();
        return tree;
    }

    /// <summary>Removes branches that own nothing (an empty list, say), which fieldsV1 never shows.</summary>
    private void DropEmpty()
    {
        foreach (var (key, child) in Children.ToList())
        {
            child.DropEmpty();
            if (child.IsEmpty)
            {
                Children.Remove(key);
            }
        }
    }

    private void MarkAdded(List<string> path, IReadOnlyCollection<string> structFields)
    {
        if (Children.Count > 0 && path is not ["f:metadata"] && !IsStructField(path, structFields))
        {
            Member = true;
        }

        foreach (var (key, child) in Children)
        {
            child.MarkAdded([.. path, key], structFields);
        }
    }

    private static bool IsStructField(List<string> path, IReadOnlyCollection<string> structFields) =>
        structFields.Count > 0 && path.TrueForAll(k => k.StartsWith("f:", StringComparison.Ordinal))
        && structFields.Contains(string.Join('.', path.Select(k => k[2..])));

    private static void CollectChanges(
        JsonNode? before, JsonNode? after, FieldTree a, FieldTree b, FieldTree changed, List<string> path, IReadOnlyCollection<string> structFields)
    {
        foreach (var key in a.Children.Keys.Union(b.Children.Keys))
        {
            a.Children.TryGetValue(key, out var ca);
            b.Children.TryGetValue(key, out var cb);
            var vb = Resolve(after, key);
            var va = Resolve(before, key);
            if (ca is null)
            {
                var added = cb!.Clone();
                added.MarkAdded([.. path, key], structFields);
                changed.Children[key] = added;
                continue;
            }

            if (cb is null)
            {
                changed.Children[key] = ca.Clone();
                continue;
            }

            if (JsonNode.DeepEquals(va, vb))
            {
                continue;
            }

            var sub = new FieldTree { Member = cb.Member && (ca.Children.Count == 0 || cb.Children.Count == 0) };
            CollectChanges(va, vb, ca, cb, sub, [.. path, key], structFields);
            if (!sub.IsEmpty)
            {
                changed.Children[key] = sub;
            }
        }
    }

    /// <summary>Finds the value a single path key names inside a node.</summary>
    public static JsonNode? Resolve(JsonNode? node, string key)
    {
        if (key.StartsWith("f:", StringComparison.Ordinal))
        {
            return node is JsonObject obj ? obj[key[2..]] : null;
        }

        if (node is not JsonArray array)
        {
            return null;
        }

        if (key.StartsWith("v:", StringComparison.Ordinal))
        {
            var wanted = JsonNode.Parse(key[2..]);
            return array.FirstOrDefault(item => JsonNode.DeepEquals(item, wanted));
        }

        var fields = JsonNode.Parse(key[2..])!.AsObject();
        return array.FirstOrDefault(item => item is JsonObject element
            && fields.All(f => JsonNode.DeepEquals(element[f.Key], f.Value)));
    }

    public FieldTree Clone()
    {
        var copy = new FieldTree { Member = Member };
        foreach (var (key, child) in Children)
        {
            copy.Children[key] = child.Clone();
        }

        return copy;
    }

    public FieldTree Union(FieldTree other)
    {
        var result = Clone();
        result.Member |= other.Member;
        foreach (var (key, child) in other.Children)
        {
            result.Children[key] = result.Children.TryGetValue(key, out var mine) ? mine.Union(child) : child.Clone();
        }

        return result;
    }

    public FieldTree Subtract(FieldTree other)
    {
        var result = new FieldTree { Member = Member && !other.Member };
        foreach (var (key, child) in Children)
        {
            if (!other.Children.TryGetValue(key, out var theirs))
            {
                result.Children[key] = child.Clone();
                continue;
            }

            var rest = child.Subtract(theirs);
            if (!rest.IsEmpty)
            {
                result.Children[key] = rest;
            }
        }

        return result;
    }

    public FieldTree Intersect(FieldTree other)
    {
        var result = new FieldTree { Member = Member && other.Member };
        foreach (var (key, child) in Children)
        {
            if (other.Children.TryGetValue(key, out var theirs))
            {
                var both = child.Intersect(theirs);
                if (!both.IsEmpty)
                {
                    result.Children[key] = both;
                }
            }
        }

        return result;
    }

    /// <summary>The node at a path, or null when the set has nothing there.</summary>
    public FieldTree? Find(IReadOnlyList<string> path)
    {
        var node = this;
        foreach (var key in path)
        {
            if (!node.Children.TryGetValue(key, out var child))
            {
                return null;
            }

            node = child;
        }

        return node;
    }

    /// <summary>The part of this set whose paths still exist in <paramref name="shape"/> (an object's fields), "." kept.</summary>
    public FieldTree Within(FieldTree shape)
    {
        var result = new FieldTree { Member = Member };
        foreach (var (key, child) in Children)
        {
            if (shape.Children.TryGetValue(key, out var there))
            {
                var kept = child.Within(there);
                if (!kept.IsEmpty)
                {
                    result.Children[key] = kept;
                }
            }
        }

        return result;
    }

    /// <summary>Every member path, deepest last, each as its list of keys.</summary>
    public IEnumerable<IReadOnlyList<string>> Paths(List<string>? prefix = null)
    {
        prefix ??= [];
        if (Member && prefix.Count > 0)
        {
            yield return prefix;
        }

        foreach (var (key, child) in Children)
        {
            foreach (var path in child.Paths([.. prefix, key]))
            {
                yield return path;
            }
        }
    }

    /// <summary>A path the way conflict messages print it, e.g. <c>.data.password</c>.</summary>
    public static string Render(IReadOnlyList<string> path) =>
        string.Concat(path.Select(key => key.StartsWith("f:", StringComparison.Ordinal) ? "." + key[2..]
            : key.StartsWith("k:", StringComparison.Ordinal) ? "[" + RenderKey(key[2..]) + "]"
            : "[=" + key[2..] + "]"));

    private static string RenderKey(string json) =>
        string.Join(",", JsonNode.Parse(json)!.AsObject().Select(p => $"{p.Key}={p.Value?.ToJsonString()}"));

    public JsonObject ToJson()
    {
        var result = new JsonObject();
        if (Member && Children.Count > 0)
        {
            result["."] = new JsonObject();
        }

        foreach (var (key, child) in Children)
        {
            result[key] = child.ToJson();
        }

        return result;
    }

    public static FieldTree FromJson(JsonNode? node)
    {
        var tree = new FieldTree();
        if (node is not JsonObject obj || obj.Count == 0)
        {
            tree.Member = node is JsonObject;
            return tree;
        }

        foreach (var (key, child) in obj)
        {
            if (key == ".")
            {
                tree.Member = true;
            }
            else
            {
                tree.Children[key] = FromJson(child);
            }
        }

        return tree;
    }
}
