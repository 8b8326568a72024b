using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Ferry.LocalCluster.Http;
using Ferry.LocalCluster.Semantics;

namespace Ferry.LocalCluster.Crds;

/// <summary>
/// A built-in subset of structural-schema semantics: pruning, defaulting, types, required, enum, bounds and
/// patterns, plus list types. Used until (or where) a fuller engine is not wired in; it runs no CEL rules.
/// </summary>
internal sealed class BasicSchema : ICustomResourceSchema
{
    private static readonly HashSet<string> RootFields = ["apiVersion", "kind", "metadata"];

    private readonly JsonObject _root;

    public BasicSchema(JsonObject root)
    {
        _root = root;
    }

    public void ApplyDefaults(JsonObject value) => Default(value, _root, isRoot: true);

    public List<string> Prune(JsonObject value)
    {
        var unknown = new List<string>();
        PruneNode(value, _root, string.Empty, unknown, isRoot: true);
        return unknown;
    }

    public IReadOnlyList<FieldError> Validate(JsonObject value, JsonObject? old)
    {
        var errors = new List<FieldError>();
        Check(value, _root, string.Empty, errors, isRoot: true);
        return errors;
    }

    public ListType ListTypeAt(IReadOnlyList<string> path) => SchemaAt(_root, path) is { } schema ? ListTypeOf(schema) : ListType.Atomic;

    public static ListType ListTypeOf(JsonObject schema) => (string?)schema["x-kubernetes-list-type"] switch
    {
        "set" => ListType.Set,
        "map" => ListType.MapBy([.. JsonFields.Strings(schema["x-kubernetes-list-map-keys"] as JsonArray)]),
        _ => ListType.Atomic,
    };

    /// <summary>The schema at a path of property names, with <c>[]</c> stepping into list items.</summary>
    public static JsonObject? SchemaAt(JsonObject root, IReadOnlyList<string> path)
    {
        var schema = root;
        foreach (var step in path)
        {
            schema = step == "[]" ? schema["items"] as JsonObject
                : JsonFields.Object(schema, "properties")?[step] as JsonObject ?? schema["additionalProperties"] as JsonObject;
            if (schema is null)
            {
                return null;
            }
        }

        return schema;
    }

    private static void Default(JsonNode? node, JsonObject schema, bool isRoot = false)
    {
        if (node is JsonObject obj)
        {
            if (JsonFields.Object(schema, "properties") is { } properties)
            {
                foreach (var (name, child) in properties)
                {
                    if (isRoot && RootFields.Contains(name))
                    {
                        continue;
                    }

                    if (child is JsonObject childSchema && !obj.ContainsKey(name) && childSchema["default"] is { } fallback)
                    {
                        obj[name] = fallback.DeepClone();
                    }

                    if (child is JsonObject nested && obj[name] is { } value)
                    {
                        Default(value, nested);
                    }
                }
            }
            else if (schema["additionalProperties"] is JsonObject additional)
            {
                foreach (var (_, value) in obj)
                {
                    Default(value, additional);
                }
            }
        }
        else if (node is JsonArray array && schema["items"] is JsonObject items)
        {
            foreach (var item in array)
            {
                Default(item, items);
            }
        }
    }

    private static void PruneNode(JsonNode? node, JsonObject schema, string path, List<string> unknown, bool isRoot = false)
    {
        var preserve = JsonFields.Bool(schema, "x-kubernetes-preserve-unknown-fields");
        if (node is JsonObject obj)
        {
            var properties = JsonFields.Object(schema, "properties");
            var additional = schema["additionalProperties"] as JsonObject;
            var embedded = JsonFields.Bool(schema, "x-kubernetes-embedded-resource");
            foreach (var (name, value) in obj.ToList())
            {
                if (isRoot && RootFields.Contains(name))
                {
                    continue;
                }

                var childPath = path.Length == 0 ? name : path + "." + name;
                if (properties?[name] is JsonObject childSchema)
                {
                    PruneNode(value, childSchema, childPath, unknown);
                }
                else if (additional is not null)
                {
                    PruneNode(value, additional, childPath, unknown);
                }
                else if (!preserve && !(embedded && RootFields.Contains(name)) && !(schema["additionalProperties"] is JsonValue allowed && allowed.GetValueKind() == JsonValueKind.True))
                {
                    unknown.Add(childPath);
                    obj.Remove(name);
                }
            }
        }
        else if (node is JsonArray array && schema["items"] is JsonObject items)
        {
            for (var i = 0; i < array.Count; i++)
            {
                PruneNode(array[i], items, $"{path}[{i}]", unknown);
            }
        }
    }

    private static void Check(JsonNode? node, JsonObject schema, string path, List<FieldError> errors, bool isRoot = false)
    {
        if (node is null)
        {
            if (!JsonFields.Bool(schema, "nullable") && !isRoot)
            {
                errors.Add(new FieldError(FieldErrorType.Invalid, path, $"{path} in body must be of type {(string?)schema["type"] ?? "object"}: \"null\"", JsonValue.Create("null")));
            }

            return;
        }

        var type = (string?)schema["type"];
        if (type is not null && !HasType(node, type) && !JsonFields.Bool(schema, "x-kubernetes-int-or-string"))
        {
            errors.Add(new FieldError(FieldErrorType.Invalid, path, $"{path} in body must be of type {type}: \"{KindName(node)}\"", JsonValue.Create(KindName(node))));
            return;
        }

        CheckEnum(node, schema, path, errors);
        CheckBounds(node, schema, path, errors);
        if (node is JsonObject obj)
        {
            foreach (var required in JsonFields.Strings(schema["required"] as JsonArray))
            {
                if (!obj.ContainsKey(required))
                {
                    errors.Add(FieldError.Required(Join(path, required)));
                }
            }

            var properties = JsonFields.Object(schema, "properties");
            foreach (var (name, value) in obj)
            {
                if (isRoot && RootFields.Contains(name))
                {
                    continue;
                }

                if (properties?[name] is JsonObject childSchema)
                {
                    Check(value, childSchema, Join(path, name), errors);
                }
                else if (schema["additionalProperties"] is JsonObject additional)
                {
                    Check(value, additional, Join(path, name), errors);
                }
            }
        }
        else if (node is JsonArray array && schema["items"] is JsonObject items)
        {
            for (var i = 0; i < array.Count; i++)
            {
                Check(array[i], items, $"{path}[{i}]", errors);
            }
        }
    }

    private static void CheckEnum(JsonNode node, JsonObject schema, string path, List<FieldError> errors)
    {
        if (schema["enum"] is JsonArray options && !options.Any(o => JsonNode.DeepEquals(o, node)))
        {
            var supported = string.Join(", ", options.Select(o => o?.ToJsonString()));
            errors.Add(new FieldError(FieldErrorType.NotSupported, path, "supported values: " + supported, node.DeepClone()));
        }
    }

    private static void CheckBounds(JsonNode node, JsonObject schema, string path, List<FieldError> errors)
    {
        if (node is JsonValue value && value.GetValueKind() == JsonValueKind.Number)
        {
            var number = value.GetValue<double>();
            if (schema["minimum"] is JsonValue min && number < min.GetValue<double>())
            {
                errors.Add(new FieldError(FieldErrorType.Invalid, path, $"{path} in body should be greater than or equal to {min.ToJsonString()}", node.DeepClone()));
            }

            if (schema["maximum"] is JsonValue max && number > max.GetValue<double>())
            {
                errors.Add(new FieldError(FieldErrorType.Invalid, path, $"{path} in body should be less than or equal to {max.ToJsonString()}", node.DeepClone()));
            }
        }

        if (node is JsonValue text && text.GetValueKind() == JsonValueKind.String)
        {
            var s = text.GetValue<string>();
            if (schema["minLength"] is JsonValue minLength && s.Length < minLength.GetValue<int>())
            {
                errors.Add(new FieldError(FieldErrorType.Invalid, path, $"{path} in body should be at least {minLength.GetValue<int>().ToString(CultureInfo.InvariantCulture)} chars long", node.DeepClone()));
            }

            if (schema["maxLength"] is JsonValue maxLength && s.Length > maxLength.GetValue<int>())
            {
                errors.Add(FieldError.TooLong(path, $"may not be more than {maxLength.GetValue<int>().ToString(CultureInfo.InvariantCulture)} bytes"));
            }

            if ((string?)schema["pattern"] is { } pattern && !Regex.IsMatch(s, pattern, RegexOptions.None, TimeSpan.FromSeconds(1)))
            {
                errors.Add(new FieldError(FieldErrorType.Invalid, path, $"{path} in body should match '{pattern}'", node.DeepClone()));
            }
        }

        if (node is JsonArray array)
        {
            if (schema["minItems"] is JsonValue minItems && array.Count < minItems.GetValue<int>())
            {
                errors.Add(new FieldError(FieldErrorType.Invalid, path, $"{path} in body should have at least {minItems.GetValue<int>().ToString(CultureInfo.InvariantCulture)} items", JsonValue.Create(array.Count)));
            }

            if (schema["maxItems"] is JsonValue maxItems && array.Count > maxItems.GetValue<int>())
            {
                errors.Add(new FieldError(FieldErrorType.Invalid, path, $"must have at most {maxItems.GetValue<int>().ToString(CultureInfo.InvariantCulture)} items", null));
            }
        }
    }

    private static string Join(string path, string name) => path.Length == 0 ? name : path + "." + name;

    private static bool HasType(JsonNode node, string type) => (type, node) switch
    {
        ("object", JsonObject) => true,
        ("array", JsonArray) => true,
        ("string", JsonValue v) => v.GetValueKind() == JsonValueKind.String,
        ("boolean", JsonValue v) => v.GetValueKind() is JsonValueKind.True or JsonValueKind.False,
        ("number", JsonValue v) => v.GetValueKind() == JsonValueKind.Number,
        ("integer", JsonValue v) => v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<long>(out _),
        _ => false,
    };

    private static string KindName(JsonNode node) => node switch
    {
        JsonObject => "object",
        JsonArray => "array",
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.String => "string",
            JsonValueKind.Number => v.TryGetValue<long>(out _) ? "integer" : "number",
            _ => "boolean",
        },
        _ => "null",
    };
}
