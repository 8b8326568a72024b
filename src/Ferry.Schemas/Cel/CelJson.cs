using System.Text.Json.Nodes;
using Ferry.Schemas.Model;
using Ferry.Schemas.Values;

namespace Ferry.Schemas.Cel;

/// <summary>Converts decoded JSON to CEL values as Kubernetes binds them (a "number" field is always a double).</summary>
internal static class CelJson
{
    public static object ToValue(JsonNode? node, SchemaNode? schema)
    {
        switch (node)
        {
            case null:
                return CelNull.Instance;
            case JsonObject obj:
                return new CelJsonMap(obj, schema);
            case JsonArray array:
                return new CelList(new CelJsonItems(array, schema?.Items)) { ListType = schema?.ListType, MapKeys = schema?.ListMapKeys ?? [] };
        }

        var value = (JsonValue)node;
        return JsonKinds.Of(value) switch
        {
            JsonKind.Boolean => JsonKinds.AsBoolean(value),
            JsonKind.String => CelTime.FromFormattedString(JsonKinds.AsString(value), schema?.Format),
            JsonKind.Integer when schema?.Type != "number" && JsonKinds.TryAsInt64(value, out var integer) => integer,
            JsonKind.Integer or JsonKind.Number => JsonKinds.AsDouble(value),
            _ => CelNull.Instance,
        };
    }
}
