using System.Text.Json.Nodes;

namespace Ferry.Testing.Backends.Aws;

/// <summary>Reads members of a JSON 1.1 request body, answering type errors as the services do.</summary>
internal static class AwsFakeJson
{
    public static string? String(JsonObject body, string name) => body[name] switch
    {
        null => null,
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        _ => throw Invalid(name),
    };

    public static string RequiredString(JsonObject body, string name, string code = "InvalidParameterException") =>
        String(body, name) is { Length: > 0 } text
            ? text
            : throw new AwsFakeError(400, code, $"1 validation error detected: Value null at '{Camel(name)}' failed to satisfy constraint: Member must not be null");

    public static bool Bool(JsonObject body, string name) => body[name] switch
    {
        null => false,
        JsonValue value when value.TryGetValue<bool>(out var flag) => flag,
        _ => throw Invalid(name),
    };

    public static long? Long(JsonObject body, string name) => body[name] switch
    {
        null => null,
        JsonValue value when value.TryGetValue<long>(out var number) => number,
        JsonValue value when value.TryGetValue<double>(out var real) && real == Math.Floor(real) => (long)real,
        _ => throw Invalid(name),
    };

    public static List<string> Strings(JsonObject body, string name) => body[name] switch
    {
        null => [],
        JsonArray array => [.. array.Select(item => item is JsonValue v && v.TryGetValue<string>(out var s) ? s : throw Invalid(name))],
        _ => throw Invalid(name),
    };

    public static List<JsonObject> Objects(JsonObject body, string name) => body[name] switch
    {
        null => [],
        JsonArray array => [.. array.Select(item => item as JsonObject ?? throw Invalid(name))],
        _ => throw Invalid(name),
    };

    /// <summary>A Tags list: [{"Key":..,"Value":..}], in the order given.</summary>
    public static List<KeyValuePair<string, string>> Tags(JsonObject body, string name = "Tags") =>
        [.. Objects(body, name).Select(tag => KeyValuePair.Create(RequiredString(tag, "Key"), String(tag, "Value") ?? string.Empty))];

    public static JsonArray TagArray(IEnumerable<KeyValuePair<string, string>> tags) =>
        [.. tags.Select(tag => (JsonNode)new JsonObject { ["Key"] = tag.Key, ["Value"] = tag.Value })];

    public static JsonArray StringArray(IEnumerable<string> values) => [.. values.Select(v => (JsonNode)JsonValue.Create(v)!)];

    private static AwsFakeError Invalid(string name) =>
        new(400, "SerializationException", $"Start of structure or map found where not expected for member {name}.");

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
