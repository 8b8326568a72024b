using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Ferry.LocalCluster.Http;

namespace Ferry.LocalCluster.Semantics.BuiltIn;

/// <summary>Key rules shared by Secrets and ConfigMaps.</summary>
internal static partial class ConfigKeys
{
    public const int MaxTotalBytes = 1024 * 1024;

    private const string KeyMessage =
        "a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')";

    public static void Validate(string field, JsonObject? map, List<FieldError> errors)
    {
        if (map is null)
        {
            return;
        }

        foreach (var (key, _) in map)
        {
            if (!ConfigKey().IsMatch(key))
            {
                errors.Add(FieldError.Invalid($"{field}[{key}]", key, KeyMessage));
            }
            else if (key is "." or "..")
            {
                errors.Add(FieldError.Invalid($"{field}[{key}]", key, $"must not be '{key}'"));
            }
            else if (key.StartsWith("..", StringComparison.Ordinal))
            {
                errors.Add(FieldError.Invalid($"{field}[{key}]", key, "must not start with '..'"));
            }
        }
    }

    /// <summary>The rule for <c>immutable: true</c> objects shared by Secrets and ConfigMaps.</summary>
    public static void ValidateImmutable(JsonObject value, JsonObject? old, string[] dataFields, List<FieldError> errors)
    {
        if (old is null || !JsonFields.Bool(old, "immutable"))
        {
            return;
        }

        if (!JsonFields.Bool(value, "immutable"))
        {
            errors.Add(FieldError.Forbidden("immutable", "field is immutable when `immutable` is set"));
        }

        foreach (var field in dataFields)
        {
            if (!JsonNode.DeepEquals(Normalize(value[field]), Normalize(old[field])))
            {
                errors.Add(FieldError.Forbidden(field, "field is immutable when `immutable` is set"));
            }
        }
    }

    private static JsonNode? Normalize(JsonNode? node) => node is JsonObject { Count: 0 } ? null : node;

    [GeneratedRegex("^[-._a-zA-Z0-9]+$")]
    private static partial Regex ConfigKey();
}
