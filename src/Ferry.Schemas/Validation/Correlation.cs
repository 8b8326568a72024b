using System.Text.Json.Nodes;
using Ferry.Schemas.Model;
using Ferry.Schemas.Values;

namespace Ferry.Schemas.Validation;

/// <summary>
/// Finds the old value that corresponds to a new one on update, as the API server correlates them for transition
/// rules and ratcheting: object properties by name, map values by key, items of map lists by their key fields.
/// Items of other lists do not correlate.
/// </summary>
internal static class Correlation
{
    public static bool TryProperty(JsonNode? old, string name, out JsonNode? value)
    {
        value = null;
        return old is JsonObject obj && obj.TryGetPropertyValue(name, out value);
    }

    /// <summary>Indexes the items of an old map list by their key fields; null for lists that do not correlate.</summary>
    public static Dictionary<string, JsonNode?>? IndexListItems(SchemaNode list, JsonNode? old)
    {
        if (list.ListType != "map" || old is not JsonArray oldItems)
        {
            return null;
        }

        var index = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        foreach (var candidate in oldItems)
        {
            if (candidate is JsonObject obj)
            {
                index.TryAdd(JsonKeys.OfFields(obj, list.ListMapKeys), candidate);
            }
        }

        return index;
    }

    public static bool TryListItem(SchemaNode list, Dictionary<string, JsonNode?>? index, JsonNode? item, out JsonNode? value)
    {
        value = null;
        return index is not null && item is JsonObject obj
            && index.TryGetValue(JsonKeys.OfFields(obj, list.ListMapKeys), out value);
    }
}
