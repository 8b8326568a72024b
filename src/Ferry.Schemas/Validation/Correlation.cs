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

    public static bool TryListItem(SchemaNode list, JsonNode? item, JsonNode? old, out JsonNode? value)
    {
        value = null;
        if (list.ListType != "map" || old is not JsonArray oldItems || item is not JsonObject obj)
        {
            return false;
        }

        foreach (var candidate in oldItems)
        {
            if (candidate is JsonObject o && list.ListMapKeys.All(k => JsonEquality.DeepEquals(o[k], obj[k])))
            {
                value = candidate;
                return true;
            }
        }

        return false;
    }
}
