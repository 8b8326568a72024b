using System.Globalization;
using System.Text.Json.Nodes;
using Ferry.Api.Regexp;
using Ferry.Schemas.Values;

namespace Ferry.Schemas.Model;

/// <summary>
/// Turns an openAPIV3Schema into <see cref="SchemaNode"/>s, enforcing the structural-schema rules of
/// apiextensions-apiserver: every node has a type (unless int-or-string or preserve-unknown-fields), properties and
/// additionalProperties exclude each other, junctors (allOf/anyOf/oneOf/not) carry value validations only, and
/// the JSON-schema features CRDs forbid are rejected.
/// </summary>
internal static class SchemaParser
{
    private const int MaxDepth = 128;

    private static readonly string[] Forbidden = ["$ref", "$schema", "id", "definitions", "dependencies", "patternProperties", "additionalItems"];

    private static readonly string[] Known =
    [
        "type", "format", "title", "description", "nullable", "default", "example", "externalDocs", "properties", "items",
        "additionalProperties", "required", "enum", "maximum", "minimum", "exclusiveMaximum", "exclusiveMinimum",
        "multipleOf", "pattern", "maxLength", "minLength", "maxItems", "minItems", "uniqueItems", "maxProperties",
        "minProperties", "allOf", "anyOf", "oneOf", "not", "x-kubernetes-int-or-string",
        "x-kubernetes-preserve-unknown-fields", "x-kubernetes-embedded-resource", "x-kubernetes-list-type",
        "x-kubernetes-list-map-keys", "x-kubernetes-map-type", "x-kubernetes-validations",
    ];

    private static readonly HashSet<string> Types = new(StringComparer.Ordinal) { "object", "array", "string", "integer", "number", "boolean" };

    public static SchemaNode ParseRoot(JsonNode schema)
    {
        var root = Parse(schema, "openAPIV3Schema", junctor: false, depth: 0);
        root.IsRoot = true;
        if (root.Type.Length > 0 && root.Type != "object")
        {
            throw new SchemaFormatException("openAPIV3Schema.type", "Invalid value: " + GoFormat.Quote(root.Type) + ": must be object at the root");
        }

        if (root.Properties.TryGetValue("metadata", out var metadata))
        {
            CheckRootMetadata(metadata);
        }

        TransitionRuleChecker.Check(root);
        DefaultsChecker.Check(root);
        return root;
    }

    private static SchemaNode Parse(JsonNode? json, string path, bool junctor, int depth, bool typedJunctor = false)
    {
        if (depth > MaxDepth)
        {
            throw new SchemaFormatException(path, $"Forbidden: schema nesting deeper than {MaxDepth} levels");
        }

        if (json is not JsonObject obj)
        {
            throw new SchemaFormatException(path, "Invalid value: must be a schema object");
        }

        foreach (var (key, _) in obj)
        {
            if (Array.IndexOf(Forbidden, key) >= 0)
            {
                throw new SchemaFormatException($"{path}.{key}", $"Forbidden: {key} is not supported");
            }

            if (Array.IndexOf(Known, key) < 0)
            {
                throw new SchemaFormatException($"{path}.{key}", "Forbidden: unknown schema field");
            }
        }

        var node = new SchemaNode { SchemaPath = path };
        node.Type = String(obj, "type", path) ?? string.Empty;
        if (node.Type.Length > 0 && !Types.Contains(node.Type))
        {
            throw new SchemaFormatException($"{path}.type", $"Unsupported value: {GoFormat.Quote(node.Type)}: supported values: \"array\", \"boolean\", \"integer\", \"number\", \"object\", \"string\"");
        }

        node.Format = String(obj, "format", path);
        node.Nullable = Bool(obj, "nullable", path);
        node.IntOrString = Bool(obj, "x-kubernetes-int-or-string", path);
        node.PreserveUnknownFields = Bool(obj, "x-kubernetes-preserve-unknown-fields", path);
        node.EmbeddedResource = Bool(obj, "x-kubernetes-embedded-resource", path);
        if (obj.TryGetPropertyValue("default", out var defaultValue))
        {
            node.HasDefault = true;
            node.Default = defaultValue?.DeepClone();
        }

        ParseValueValidations(node, obj, path, depth);
        if (junctor)
        {
            CheckJunctor(node, obj, path, typedJunctor);
        }
        else
        {
            ParseStructure(node, obj, path, depth);
        }

        return node;
    }

    private static void ParseStructure(SchemaNode node, JsonObject obj, string path, int depth)
    {
        if (obj["properties"] is JsonObject properties)
        {
            foreach (var (name, property) in properties)
            {
                node.Properties[name] = Parse(property, $"{path}.properties[{name}]", junctor: false, depth + 1);
            }
        }

        if (obj.TryGetPropertyValue("items", out var items))
        {
            if (items is JsonArray)
            {
                throw new SchemaFormatException($"{path}.items", "Forbidden: items must be a schema object and not an array");
            }

            node.Items = Parse(items, $"{path}.items", junctor: false, depth + 1);
        }

        if (obj.TryGetPropertyValue("additionalProperties", out var additional))
        {
            if (additional is JsonValue allows && allows.TryGetValue<bool>(out var allowed))
            {
                if (!allowed)
                {
                    throw new SchemaFormatException($"{path}.additionalProperties", "Forbidden: additionalProperties cannot be set to false");
                }

                node.AdditionalPropertiesAllowed = true;
            }
            else
            {
                node.AdditionalProperties = Parse(additional, $"{path}.additionalProperties", junctor: false, depth + 1);
            }

            if (node.Properties.Count > 0)
            {
                throw new SchemaFormatException($"{path}.additionalProperties", "Forbidden: additionalProperties and properties are mutual exclusive");
            }
        }

        if (node.Type.Length == 0 && !node.IntOrString && !node.PreserveUnknownFields)
        {
            throw new SchemaFormatException($"{path}.type", "Required value: must not be empty for specified object fields");
        }

        if (node.IntOrString && node.Type.Length > 0)
        {
            throw new SchemaFormatException($"{path}.type", "Invalid value: must be empty when x-kubernetes-int-or-string is true");
        }

        if (node.Type == "array" && node.Items is null)
        {
            throw new SchemaFormatException($"{path}.items", "Required value: must be specified");
        }

        if (node.EmbeddedResource && node.Type != "object")
        {
            throw new SchemaFormatException($"{path}.type", "Invalid value: must be object if x-kubernetes-embedded-resource is true");
        }

        ParseListAndMapTypes(node, obj, path);
        ParseRules(node, obj, path);
        node.HasRulesBelow = node.Rules.Count > 0
            || node.Properties.Values.Any(p => p.HasRulesBelow)
            || node.Items?.HasRulesBelow == true
            || node.AdditionalProperties?.HasRulesBelow == true;
    }

    private static void ParseValueValidations(SchemaNode node, JsonObject obj, string path, int depth)
    {
        if (obj["required"] is JsonArray required)
        {
            node.Required.AddRange(required.Select(r => r?.GetValue<string>() ?? string.Empty));
        }

        if (obj["enum"] is JsonArray values)
        {
            node.Enum = [.. values.Select(v => v?.DeepClone())];
        }

        node.Maximum = Number(obj, "maximum", path);
        node.Minimum = Number(obj, "minimum", path);
        node.ExclusiveMaximum = Bool(obj, "exclusiveMaximum", path);
        node.ExclusiveMinimum = Bool(obj, "exclusiveMinimum", path);
        node.MultipleOf = Number(obj, "multipleOf", path);
        if (node.MultipleOf is <= 0)
        {
            throw new SchemaFormatException($"{path}.multipleOf", "Invalid value: must be greater than zero");
        }

        node.MaxLength = Count(obj, "maxLength", path);
        node.MinLength = Count(obj, "minLength", path);
        node.MaxItems = Count(obj, "maxItems", path);
        node.MinItems = Count(obj, "minItems", path);
        node.MaxProperties = Count(obj, "maxProperties", path);
        node.MinProperties = Count(obj, "minProperties", path);
        node.UniqueItems = Bool(obj, "uniqueItems", path);
        if (node.UniqueItems)
        {
            throw new SchemaFormatException($"{path}.uniqueItems", "Forbidden: uniqueItems cannot be set to true since the runtime complexity becomes quadratic");
        }

        node.Pattern = String(obj, "pattern", path);
        if (node.Pattern is not null)
        {
            try
            {
                node.PatternRegex = GoRegex.Compile(node.Pattern).Regex;
            }
            catch (ArgumentException e)
            {
                throw new SchemaFormatException($"{path}.pattern",
                    $"Invalid value: {GoFormat.Quote(node.Pattern)}: must be a valid regular expression, but isn't: {e.Message}");
            }
        }

        Junctors(obj, "allOf", path, depth, node.AllOf, node.IntOrString);
        Junctors(obj, "anyOf", path, depth, node.AnyOf, node.IntOrString);
        Junctors(obj, "oneOf", path, depth, node.OneOf, node.IntOrString);
        if (obj.TryGetPropertyValue("not", out var not))
        {
            node.Not = Parse(not, $"{path}.not", junctor: true, depth + 1);
        }
    }

    private static void Junctors(JsonObject obj, string keyword, string path, int depth, List<SchemaNode> into, bool typed)
    {
        if (obj[keyword] is JsonArray list)
        {
            for (var i = 0; i < list.Count; i++)
            {
                into.Add(Parse(list[i], $"{path}.{keyword}[{i}]", junctor: true, depth + 1, typed));
            }
        }
    }

    /// <summary>Inside allOf/anyOf/oneOf/not only value validations may appear (the structural-schema rule).</summary>
    private static void CheckJunctor(SchemaNode node, JsonObject obj, string path, bool typedJunctor)
    {
        foreach (var key in new[] { "default", "nullable", "additionalProperties", "x-kubernetes-preserve-unknown-fields", "x-kubernetes-embedded-resource", "x-kubernetes-list-type", "x-kubernetes-list-map-keys", "x-kubernetes-map-type", "x-kubernetes-validations" })
        {
            if (obj.ContainsKey(key))
            {
                throw new SchemaFormatException($"{path}.{key}", "Forbidden: must be undefined to be structural");
            }
        }

        // The one exception: anyOf/oneOf branches of x-kubernetes-int-or-string name integer and string.
        if (!(typedJunctor && node.Type is "integer" or "string") && (node.Type.Length > 0 || obj.ContainsKey("type")))
        {
            throw new SchemaFormatException($"{path}.type", "Forbidden: must be empty to be structural");
        }

        // Properties and items inside junctors only constrain values; keep them as value validations.
        if (obj["properties"] is JsonObject properties)
        {
            foreach (var (name, property) in properties)
            {
                node.Properties[name] = Parse(property, $"{path}.properties[{name}]", junctor: true, 1);
            }
        }

        if (obj.TryGetPropertyValue("items", out var items))
        {
            node.Items = Parse(items, $"{path}.items", junctor: true, 1);
        }
    }

    private static void ParseListAndMapTypes(SchemaNode node, JsonObject obj, string path)
    {
        node.ListType = String(obj, "x-kubernetes-list-type", path);
        if (node.ListType is not null)
        {
            if (node.Type != "array")
            {
                throw new SchemaFormatException($"{path}.x-kubernetes-list-type", "Invalid value: must only be used if type is array");
            }

            if (node.ListType is not ("atomic" or "set" or "map"))
            {
                throw new SchemaFormatException($"{path}.x-kubernetes-list-type",
                    $"Unsupported value: {GoFormat.Quote(node.ListType)}: supported values: \"atomic\", \"set\", \"map\"");
            }
        }

        if (obj["x-kubernetes-list-map-keys"] is JsonArray keys)
        {
            node.ListMapKeys.AddRange(keys.Select(k => k?.GetValue<string>() ?? string.Empty));
            if (node.ListType != "map")
            {
                throw new SchemaFormatException($"{path}.x-kubernetes-list-map-keys", "Forbidden: must only be used if x-kubernetes-list-type is map");
            }
        }

        if (node.ListType == "map")
        {
            if (node.ListMapKeys.Count == 0)
            {
                throw new SchemaFormatException($"{path}.x-kubernetes-list-map-keys", "Required value: must not be empty if x-kubernetes-list-type is map");
            }

            if (node.Items is null || node.Items.Type != "object")
            {
                throw new SchemaFormatException($"{path}.items.type", "Invalid value: must be object if parent array's x-kubernetes-list-type is map");
            }

            foreach (var key in node.ListMapKeys)
            {
                if (!node.Items.Properties.TryGetValue(key, out var keySchema))
                {
                    throw new SchemaFormatException($"{path}.items.properties", $"Invalid value: {GoFormat.Quote(key)}: entries mentioned in x-kubernetes-list-map-keys must exist");
                }

                if (keySchema.Type is not ("string" or "integer" or "number" or "boolean") && !keySchema.IntOrString)
                {
                    throw new SchemaFormatException($"{path}.items.properties[{key}].type", "Invalid value: must be a scalar type if parent array's x-kubernetes-list-type is map");
                }

                if (!keySchema.HasDefault && !node.Items.Required.Contains(key))
                {
                    throw new SchemaFormatException($"{path}.items.required",
                        $"Required value: all entries in x-kubernetes-list-map-keys must either be required or have a default value; {GoFormat.Quote(key)} is neither");
                }
            }
        }

        if (node.ListType == "set" && node.Items is { } setItems && setItems.Type is "object" or "array")
        {
            throw new SchemaFormatException($"{path}.items.type", "Invalid value: must be a scalar type if parent array's x-kubernetes-list-type is set");
        }

        node.MapType = String(obj, "x-kubernetes-map-type", path);
        if (node.MapType is not null && node.MapType is not ("atomic" or "granular"))
        {
            throw new SchemaFormatException($"{path}.x-kubernetes-map-type",
                $"Unsupported value: {GoFormat.Quote(node.MapType)}: supported values: \"granular\", \"atomic\"");
        }
    }

    private static void ParseRules(SchemaNode node, JsonObject obj, string path)
    {
        if (obj["x-kubernetes-validations"] is not JsonArray rules)
        {
            return;
        }

        for (var i = 0; i < rules.Count; i++)
        {
            var rulePath = $"{path}.x-kubernetes-validations[{i}]";
            if (rules[i] is not JsonObject rule)
            {
                throw new SchemaFormatException(rulePath, "Invalid value: must be an object");
            }

            node.Rules.Add(RuleCompiler.Compile(node, rule, rulePath));
        }
    }

    private static void CheckRootMetadata(SchemaNode metadata)
    {
        foreach (var (name, property) in metadata.Properties)
        {
            if (name is not ("name" or "generateName"))
            {
                throw new SchemaFormatException($"{metadata.SchemaPath}.properties[{name}]", "Forbidden: must not be specified; only name and generateName are allowed");
            }

            if (property.Type != "string")
            {
                throw new SchemaFormatException($"{property.SchemaPath}.type", "Unsupported value: must be string");
            }
        }
    }

    private static string? String(JsonObject obj, string key, string path)
    {
        if (!obj.TryGetPropertyValue(key, out var value) || value is null)
        {
            return null;
        }

        return value is JsonValue v && JsonKinds.Of(v) == JsonKind.String
            ? JsonKinds.AsString(v)
            : throw new SchemaFormatException($"{path}.{key}", "Invalid value: must be a string");
    }

    private static bool Bool(JsonObject obj, string key, string path)
    {
        if (!obj.TryGetPropertyValue(key, out var value) || value is null)
        {
            return false;
        }

        return value is JsonValue v && JsonKinds.Of(v) == JsonKind.Boolean
            ? JsonKinds.AsBoolean(v)
            : throw new SchemaFormatException($"{path}.{key}", "Invalid value: must be a boolean");
    }

    private static double? Number(JsonObject obj, string key, string path)
    {
        if (!obj.TryGetPropertyValue(key, out var value) || value is null)
        {
            return null;
        }

        return value is JsonValue v && JsonKinds.Of(v) is JsonKind.Integer or JsonKind.Number
            ? JsonKinds.AsDouble(v)
            : throw new SchemaFormatException($"{path}.{key}", "Invalid value: must be a number");
    }

    private static long? Count(JsonObject obj, string key, string path)
    {
        var number = Number(obj, key, path);
        if (number is null)
        {
            return null;
        }

        if (number < 0 || Math.Floor(number.Value) != number.Value)
        {
            throw new SchemaFormatException($"{path}.{key}",
                $"Invalid value: {GoFormat.Float(number.Value).ToString(CultureInfo.InvariantCulture)}: must be a non-negative integer");
        }

        return (long)number.Value;
    }
}
