using System.Text.Json;
using Ferry.Templating.Values;

namespace Ferry.Templating;

/// <summary>Conversions from .NET data to the engine's values.</summary>
public static class TemplateData
{
    /// <summary>ESO's template data: a map[string]string of secret key to bytes.</summary>
    public static GoMap FromSecretData(IEnumerable<KeyValuePair<string, byte[]>> data)
    {
        var map = new GoMap(GoType.MapOfString);
        foreach (var (key, value) in data)
        {
            map.Entries[GoString.FromUtf8(key)] = GoString.FromBytes(value);
        }

        return map;
    }

    /// <summary>
    /// JSON as `ferry template exec` reads it: objects become map[string]interface {}, arrays []interface {},
    /// integral numbers int64, other numbers float64.
    /// </summary>
    public static object? FromJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => FromJsonObject(element),
        JsonValueKind.Array => new GoList(GoType.ListOfAny, [.. element.EnumerateArray().Select(FromJson)]),
        JsonValueKind.String => GoString.FromUtf8(element.GetString()!),
        JsonValueKind.Number => element.TryGetInt64(out var integer) ? new GoInt64(integer) : element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    private static GoMap FromJsonObject(JsonElement element)
    {
        var map = GoMap.OfAny();
        foreach (var property in element.EnumerateObject())
        {
            map.Entries[GoString.FromUtf8(property.Name)] = FromJson(property.Value);
        }

        return map;
    }
}
