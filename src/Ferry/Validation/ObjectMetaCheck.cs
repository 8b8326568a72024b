using System.Text.Json.Nodes;

namespace Ferry.Validation;

/// <summary>
/// The part of the API server's ObjectMeta decoding a CRD schema does not cover: a name is required, only ObjectMeta
/// fields are known (strict field validation reports the rest), and labels and annotations map strings to strings.
/// </summary>
internal static class ObjectMetaCheck
{
    private static readonly HashSet<string> Fields = new(StringComparer.Ordinal)
    {
        "name", "generateName", "namespace", "selfLink", "uid", "resourceVersion", "generation", "creationTimestamp",
        "deletionTimestamp", "deletionGracePeriodSeconds", "labels", "annotations", "ownerReferences", "finalizers",
        "managedFields",
    };

    public static IEnumerable<FieldIssue> Check(JsonObject obj)
    {
        var metadata = obj["metadata"] as JsonObject;
        if (!HasText(metadata?["name"]) && !HasText(metadata?["generateName"]))
        {
            yield return new("metadata.name", "Required value: name or generateName is required");
        }

        foreach (var (key, value) in metadata ?? [])
        {
            if (!Fields.Contains(key))
            {
                yield return new($"metadata.{key}", $"unknown field \"metadata.{key}\"");
            }
            else if (key is "labels" or "annotations" && value is not null)
            {
                var entries = value as JsonObject;
                if (entries is null)
                {
                    yield return new($"metadata.{key}", "Invalid value: must be a map of strings to strings");
                    continue;
                }

                foreach (var (entry, _) in entries.Where(pair => !IsString(pair.Value)))
                {
                    yield return new($"metadata.{key}.{entry}", "Invalid value: must be a string (quote numbers and booleans)");
                }
            }
        }
    }

    private static bool IsString(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out _);

    private static bool HasText(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 0;
}
