using System.Text.Json.Nodes;
using Ferry.Schemas.Model;

namespace Ferry.Schemas.Pruning;

/// <summary>
/// Structural pruning: drops fields the schema does not specify, except below x-kubernetes-preserve-unknown-fields
/// and additionalProperties: true. The root's apiVersion, kind and metadata are the API server's and stay; an
/// embedded resource keeps apiVersion and kind, and its metadata keeps only ObjectMeta fields.
/// </summary>
internal static class Pruner
{
    private const int MaxDepth = 512;

    private static readonly HashSet<string> ObjectMetaFields = new(StringComparer.Ordinal)
    {
        "name", "generateName", "namespace", "selfLink", "uid", "resourceVersion", "generation", "creationTimestamp",
        "deletionTimestamp", "deletionGracePeriodSeconds", "labels", "annotations", "ownerReferences", "finalizers",
        "managedFields",
    };

    public static void Prune(SchemaNode schema, JsonNode? value, string path, List<string> pruned, int depth = 0)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        switch (value)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj.ToList())
                {
                    var childPath = path.Length == 0 ? key : $"{path}.{key}";
                    // The API server owns these on a resource (its ObjectMeta decoding handles metadata), even when
                    // the schema lists them.
                    if ((schema.IsRoot || schema.EmbeddedResource) && key is "apiVersion" or "kind" or "metadata")
                    {
                        if (schema.EmbeddedResource && key == "metadata" && child is JsonObject metadata)
                        {
                            PruneMetadata(metadata, childPath, pruned);
                        }

                        continue;
                    }

                    var childSchema = schema.Properties.GetValueOrDefault(key) ?? schema.AdditionalProperties;
                    if (childSchema is not null)
                    {
                        Prune(childSchema, child, childPath, pruned, depth + 1);
                    }
                    else if (!schema.PreserveUnknownFields && !schema.AdditionalPropertiesAllowed)
                    {
                        obj.Remove(key);
                        pruned.Add(childPath);
                    }
                }

                break;
            case JsonArray array when schema.Items is { } items:
                for (var i = 0; i < array.Count; i++)
                {
                    Prune(items, array[i], $"{path}[{i}]", pruned, depth + 1);
                }

                break;
        }
    }

    private static void PruneMetadata(JsonObject metadata, string path, List<string> pruned)
    {
        foreach (var (key, _) in metadata.ToList())
        {
            if (!ObjectMetaFields.Contains(key))
            {
                metadata.Remove(key);
                pruned.Add($"{path}.{key}");
            }
        }
    }
}
