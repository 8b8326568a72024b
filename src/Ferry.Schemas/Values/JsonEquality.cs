using System.Text.Json.Nodes;

namespace Ferry.Schemas.Values;

/// <summary>Deep equality of decoded JSON values, as Go's reflect.DeepEqual compares unstructured objects.</summary>
internal static class JsonEquality
{
    public static bool DeepEquals(JsonNode? left, JsonNode? right)
    {
        var kind = JsonKinds.Of(left);
        var other = JsonKinds.Of(right);
        if (kind != other)
        {
            return false;
        }

        switch (kind)
        {
            case JsonKind.Null:
                return true;
            case JsonKind.Boolean:
                return JsonKinds.AsBoolean((JsonValue)left!) == JsonKinds.AsBoolean((JsonValue)right!);
            case JsonKind.String:
                return string.Equals(JsonKinds.AsString((JsonValue)left!), JsonKinds.AsString((JsonValue)right!), StringComparison.Ordinal);
            case JsonKind.Integer:
                if (JsonKinds.TryAsInt64((JsonValue)left!, out var a) && JsonKinds.TryAsInt64((JsonValue)right!, out var b))
                {
                    return a == b;
                }

                return JsonKinds.AsDouble((JsonValue)left!) == JsonKinds.AsDouble((JsonValue)right!);
            case JsonKind.Number:
                return JsonKinds.AsDouble((JsonValue)left!) == JsonKinds.AsDouble((JsonValue)right!);
            case JsonKind.Array:
                var la = (JsonArray)left!;
                var ra = (JsonArray)right!;
                if (la.Count != ra.Count)
                {
                    return false;
                }

                for (var i = 0; i < la.Count; i++)
                {
                    if (!DeepEquals(la[i], ra[i]))
                    {
                        return false;
                    }
                }

                return true;
            default:
                var lo = (JsonObject)left!;
                var ro = (JsonObject)right!;
                if (lo.Count != ro.Count)
                {
                    return false;
                }

                foreach (var (key, value) in lo)
                {
                    if (!ro.TryGetPropertyValue(key, out var otherValue) || !DeepEquals(value, otherValue))
                    {
                        return false;
                    }
                }

                return true;
        }
    }
}
