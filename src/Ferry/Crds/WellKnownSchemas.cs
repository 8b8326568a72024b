using System.Text.Json;
using System.Text.Json.Nodes;
using Ferry.Api.Schema;
using k8s.Models;

namespace Ferry.Crds;

/// <summary>
/// Schemas of the types whose shape reflection cannot tell: scalars, free-form JSON, and the Kubernetes model types
/// the API borrows (their OpenAPI facts, such as the label selector's required keys and atomic lists, are not on the
/// C# types).
/// </summary>
internal static class WellKnownSchemas
{
    /// <summary>A fresh schema for the type, or null when the type is not a well-known one.</summary>
    public static JsonObject? For(Type type) => type switch
    {
        _ when type == typeof(string) => Typed("string"),
        _ when type == typeof(bool) => Typed("boolean"),
        _ when type == typeof(int) => Typed("integer", "int32"),
        _ when type == typeof(long) => Typed("integer", "int64"),
        _ when type == typeof(double) || type == typeof(float) => Typed("number"),
        _ when type == typeof(DateTime) || type == typeof(DateTimeOffset) => Typed("string", "date-time"),
        _ when type == typeof(byte[]) => Typed("string", "byte"),
        // Free-form JSON: the property must carry [PreserveUnknownFields]; [AnyJsonValue] drops the type.
        _ when IsFreeForm(type) => Typed("object"),
        _ when type == typeof(IntOrString) || type == typeof(IntegerOrString) => IntOrStringSchema(),
        _ when type == typeof(V1ObjectMeta) => Typed("object"),
        _ when type == typeof(V1LabelSelector) => LabelSelector(),
        _ => null,
    };

    /// <summary>Whether the type holds arbitrary JSON, whose schema says nothing unless unknown fields are kept.</summary>
    public static bool IsFreeForm(Type type) => type == typeof(JsonElement) || type == typeof(JsonNode) || type == typeof(JsonObject);

    private static JsonObject Typed(string type, string? format = null)
    {
        var schema = new JsonObject { ["type"] = type };
        if (format is not null)
        {
            schema["format"] = format;
        }

        return schema;
    }

    private static JsonObject IntOrStringSchema() => new()
    {
        ["anyOf"] = new JsonArray(Typed("integer"), Typed("string")),
        ["x-kubernetes-int-or-string"] = true,
    };

    private static JsonObject LabelSelector() => new()
    {
        ["description"] = "A label query over a set of resources. An empty selector matches everything; a null one matches nothing.",
        ["type"] = "object",
        ["x-kubernetes-map-type"] = "atomic",
        ["properties"] = new JsonObject
        {
            ["matchExpressions"] = new JsonObject
            {
                ["description"] = "Requirements on labels, all of which must hold.",
                ["type"] = "array",
                ["x-kubernetes-list-type"] = "atomic",
                ["items"] = new JsonObject
                {
                    ["description"] = "A requirement on one label: its key, an operator, and the values it applies to.",
                    ["type"] = "object",
                    ["required"] = new JsonArray("key", "operator"),
                    ["properties"] = new JsonObject
                    {
                        ["key"] = Described(Typed("string"), "The label key the requirement applies to."),
                        ["operator"] = Described(Typed("string"), "In, NotIn, Exists or DoesNotExist."),
                        ["values"] = new JsonObject
                        {
                            ["description"] = "The values for In and NotIn (not empty); empty for Exists and DoesNotExist.",
                            ["type"] = "array",
                            ["items"] = Typed("string"),
                            ["x-kubernetes-list-type"] = "atomic",
                        },
                    },
                },
            },
            ["matchLabels"] = new JsonObject
            {
                ["description"] = "Labels that must all be present with these exact values.",
                ["type"] = "object",
                ["additionalProperties"] = Typed("string"),
            },
        },
    };

    private static JsonObject Described(JsonObject schema, string description)
    {
        schema["description"] = description;
        return schema;
    }
}
