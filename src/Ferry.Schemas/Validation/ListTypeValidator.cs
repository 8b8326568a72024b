using System.Text.Json.Nodes;
using Ferry.Schemas.Model;
using Ferry.Schemas.Values;

namespace Ferry.Schemas.Validation;

/// <summary>
/// The x-kubernetes-list-type invariants (apiextensions structurallisttype): a set has no duplicate items, a map
/// list no two items with the same key fields. Duplicates are reported at the later index.
/// </summary>
internal static class ListTypeValidator
{
    public static void Validate(SchemaNode schema, JsonNode? value, string path, List<FieldError> errors, int depth = 0)
    {
        if (depth > 512 || value is null)
        {
            return;
        }

        switch (value)
        {
            case JsonArray array when schema.Type == "array":
                if (schema.ListType == "set")
                {
                    Set(array, path, errors);
                }
                else if (schema.ListType == "map")
                {
                    Map(schema, array, path, errors);
                }

                if (schema.Items is { } items)
                {
                    for (var i = 0; i < array.Count; i++)
                    {
                        Validate(items, array[i], FieldPaths.Index(path, i), errors, depth + 1);
                    }
                }

                break;
            case JsonObject obj when schema.Type == "object":
                foreach (var (key, child) in obj)
                {
                    if (schema.Properties.TryGetValue(key, out var property))
                    {
                        Validate(property, child, FieldPaths.Child(path, key), errors, depth + 1);
                    }
                    else if (schema.AdditionalProperties is { } additional)
                    {
                        Validate(additional, child, FieldPaths.Key(path, key), errors, depth + 1);
                    }
                }

                break;
        }
    }

    private static void Set(JsonArray array, string path, List<FieldError> errors)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < array.Count; i++)
        {
            if (!seen.Add(JsonKeys.Of(array[i])))
            {
                errors.Add(FieldError.Duplicate(FieldPaths.Index(path, i), GoFormat.Value(array[i])));
            }
        }
    }

    private static void Map(SchemaNode schema, JsonArray array, string path, List<FieldError> errors)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is not JsonObject item)
            {
                continue;
            }

            // A key field left out counts with its default, as the API server defaults before it checks.
            var key = new JsonObject();
            foreach (var name in schema.ListMapKeys)
            {
                if (item.TryGetPropertyValue(name, out var keyValue))
                {
                    key[name] = keyValue?.DeepClone();
                }
                else if (schema.Items?.Properties.GetValueOrDefault(name) is { HasDefault: true } keySchema)
                {
                    key[name] = keySchema.Default?.DeepClone();
                }
            }

            if (!seen.Add(JsonKeys.OfFields(key, schema.ListMapKeys)))
            {
                errors.Add(FieldError.Duplicate(FieldPaths.Index(path, i), GoFormat.GoSyntax(key)));
            }
        }
    }
}
