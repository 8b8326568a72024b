using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ferry.LocalCluster.Semantics;

/// <summary>Small, null-tolerant accessors over objects held as <see cref="JsonObject"/>.</summary>
internal static class JsonFields
{
    public static JsonObject Metadata(JsonObject value)
    {
        if (value["metadata"] is JsonObject metadata)
        {
            return metadata;
        }

        metadata = [];
        value["metadata"] = metadata;
        return metadata;
    }

    public static string? String(JsonNode? node, string property) =>
        node is JsonObject obj && obj[property] is JsonValue value && value.GetValueKind() == JsonValueKind.String
            ? value.GetValue<string>()
            : null;

    public static JsonObject? Object(JsonNode? node, string property) => node is JsonObject obj ? obj[property] as JsonObject : null;

    public static JsonArray? Array(JsonNode? node, string property) => node is JsonObject obj ? obj[property] as JsonArray : null;

    public static bool Bool(JsonNode? node, string property) =>
        node is JsonObject obj && obj[property] is JsonValue value && value.GetValueKind() == JsonValueKind.True;

    public static List<string> Strings(JsonArray? array)
    {
        var result = new List<string>();
        if (array is null)
        {
            return result;
        }

        foreach (var item in array)
        {
            if (item is JsonValue value && value.GetValueKind() == JsonValueKind.String)
            {
                result.Add(value.GetValue<string>());
            }
        }

        return result;
    }

    public static List<string> Finalizers(JsonObject value) => Strings(Array(Metadata(value), "finalizers"));

    public static void SetFinalizers(JsonObject value, IReadOnlyCollection<string> finalizers)
    {
        var metadata = Metadata(value);
        if (finalizers.Count == 0)
        {
            metadata.Remove("finalizers");
            return;
        }

        var array = new JsonArray();
        foreach (var finalizer in finalizers)
        {
            array.Add(finalizer);
        }

        metadata["finalizers"] = array;
    }

    public static string? Label(JsonObject value, string key) => String(Object(Metadata(value), "labels"), key);
}
