using System.Text.Json.Nodes;

namespace Ferry.Crds;

/// <summary>
/// Sorts the keys of every object in a JSON tree by ordinal order, as Go's encoders and controller-gen write them,
/// so the generated YAML does not depend on reflection order and diffs against ESO's files line up.
/// </summary>
internal static class JsonKeyOrder
{
    public static JsonNode? Sorted(JsonNode? node) => node switch
    {
        JsonObject map => new JsonObject(
            map.OrderBy(pair => pair.Key, StringComparer.Ordinal)
                .Select(pair => KeyValuePair.Create(pair.Key, Sorted(pair.Value)))),
        JsonArray list => new JsonArray([.. list.Select(Sorted)]),
        _ => node?.DeepClone(),
    };
}
