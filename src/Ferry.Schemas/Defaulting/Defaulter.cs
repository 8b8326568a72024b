using System.Text.Json.Nodes;
using Ferry.Schemas.Model;

namespace Ferry.Schemas.Defaulting;

/// <summary>
/// Structural defaulting as the API server applies it when it decodes a custom resource: a property with a default
/// is set when it is absent (or null while not nullable) in an object that exists; defaults apply inside items and
/// map values too, and to the contents of a default just set. A null for a non-nullable field without a default is
/// dropped (PruneNonNullableNullsWithoutDefaults).
/// </summary>
internal static class Defaulter
{
    private const int MaxDepth = 512;

    public static void Apply(SchemaNode schema, JsonNode? value, int depth = 0)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        switch (value)
        {
            case JsonObject obj:
                foreach (var (name, property) in schema.Properties)
                {
                    var present = obj.TryGetPropertyValue(name, out var current);
                    if (property.HasDefault && property.Default is not null && (!present || (current is null && !property.Nullable)))
                    {
                        obj[name] = property.Default.DeepClone();
                    }
                    else if (present && current is null && !property.Nullable)
                    {
                        obj.Remove(name);
                    }
                }

                foreach (var (key, child) in obj.ToList())
                {
                    var childSchema = schema.Properties.GetValueOrDefault(key) ?? schema.AdditionalProperties;
                    if (childSchema is null)
                    {
                        continue;
                    }

                    if (child is null && schema.AdditionalProperties == childSchema && !childSchema.Nullable)
                    {
                        if (childSchema.HasDefault && childSchema.Default is not null)
                        {
                            obj[key] = childSchema.Default.DeepClone();
                        }
                        else
                        {
                            obj.Remove(key);
                        }
                    }

                    Apply(childSchema, obj[key], depth + 1);
                }

                break;
            case JsonArray array when schema.Items is { } items:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is null && !items.Nullable && items.HasDefault && items.Default is not null)
                    {
                        array[i] = items.Default.DeepClone();
                    }

                    Apply(items, array[i], depth + 1);
                }

                break;
        }
    }
}
