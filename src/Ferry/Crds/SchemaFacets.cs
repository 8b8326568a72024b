using System.ComponentModel;
using System.Reflection;
using System.Text.Json.Nodes;
using Ferry.Api.Schema;

namespace Ferry.Crds;

/// <summary>
/// Applies the schema attributes of a type or a property to the schema built from its C# shape.
/// On a list or map property, facets that only mean something for a scalar (enum, pattern, format, string lengths,
/// numeric bounds, [Items], [NoFormat]) apply to the items or values, as kubebuilder's item markers would; facets of the collection
/// itself (item and property counts, list and map types, CEL rules, default, nullable) apply to the property.
/// </summary>
internal static class SchemaFacets
{
    private const string Validations = "x-kubernetes-validations";

    public static void ApplyTypeFacets(Type type, JsonObject schema)
    {
        if (type.GetCustomAttribute<DescriptionAttribute>() is { } description)
        {
            schema["description"] = description.Description;
        }

        if (type.GetCustomAttribute<BoundsAttribute>() is { } bounds)
        {
            ApplyBounds(bounds, schema);
        }

        ApplyCommon(type, schema);
    }

    public static void ApplyPropertyFacets(PropertyInfo property, JsonObject schema)
    {
        if (property.GetCustomAttribute<DescriptionAttribute>() is { } description)
        {
            schema["description"] = description.Description;
        }

        var scalar = ScalarTarget(schema);
        if (property.GetCustomAttribute<EnumValuesAttribute>() is { } values)
        {
            scalar["enum"] = new JsonArray([.. values.Values.Select(value => JsonValue.Create(value))]);
        }

        if (property.GetCustomAttribute<PatternAttribute>() is { } pattern)
        {
            scalar["pattern"] = pattern.Pattern;
        }

        if (property.GetCustomAttribute<FormatAttribute>() is { } format)
        {
            scalar["format"] = format.Format;
        }

        if (property.IsDefined(typeof(NoFormatAttribute)))
        {
            scalar.Remove("format");
        }

        if (property.GetCustomAttribute<ItemsAttribute>() is { } items)
        {
            ApplyItems(items, scalar);
        }

        if (property.GetCustomAttribute<BoundsAttribute>() is { } bounds)
        {
            ApplyBounds(bounds, schema);
        }

        if (property.GetCustomAttribute<DefaultAttribute>() is { } defaultValue)
        {
            schema["default"] = ParseJson(property, "Default", defaultValue.Json);
        }

        if (property.GetCustomAttribute<ExampleAttribute>() is { } example)
        {
            schema["example"] = ParseJson(property, "Example", example.Json);
        }

        if (property.GetCustomAttribute<ListTypeAttribute>() is { } listType)
        {
            schema["x-kubernetes-list-type"] = listType.ListType;
            if (listType.MapKeys.Length > 0)
            {
                schema["x-kubernetes-list-map-keys"] = new JsonArray([.. listType.MapKeys.Select(key => JsonValue.Create(key))]);
            }
        }

        if (property.IsDefined(typeof(EmbeddedResourceAttribute)))
        {
            schema["x-kubernetes-embedded-resource"] = true;
        }

        if (property.IsDefined(typeof(AnyJsonValueAttribute)))
        {
            // Any JSON value, not only an object: Go's apiextensionsv1.JSON has no type in the schema.
            schema.Remove("type");
        }

        if (property.IsDefined(typeof(SchemaNullableAttribute)))
        {
            schema["nullable"] = true;
        }

        ApplyCommon(property, schema);
    }

    /// <summary>Facets a type and a property state the same way; a property's add to (or override) its type's.</summary>
    private static void ApplyCommon(MemberInfo member, JsonObject schema)
    {
        if (member.GetCustomAttribute<MapTypeAttribute>() is { } mapType)
        {
            schema["x-kubernetes-map-type"] = mapType.MapType;
        }

        if (member.IsDefined(typeof(PreserveUnknownFieldsAttribute)))
        {
            schema["x-kubernetes-preserve-unknown-fields"] = true;
        }

        var rules = member.GetCustomAttributes<CelRuleAttribute>().OrderBy(r => r.Order).ThenBy(r => r.Rule, StringComparer.Ordinal).ToList();
        if (rules.Count > 0)
        {
            var list = schema[Validations] as JsonArray ?? [];
            foreach (var rule in rules)
            {
                list.Add(CelRule(rule));
            }

            schema[Validations] = list;
        }
    }

    private static JsonObject CelRule(CelRuleAttribute rule)
    {
        var node = new JsonObject { ["rule"] = rule.Rule };
        AddIfSet(node, "message", rule.Message);
        AddIfSet(node, "messageExpression", rule.MessageExpression);
        AddIfSet(node, "reason", rule.Reason);
        AddIfSet(node, "fieldPath", rule.FieldPath);
        if (rule.OptionalOldSelf)
        {
            node["optionalOldSelf"] = true;
        }

        return node;
    }

    private static void ApplyBounds(BoundsAttribute bounds, JsonObject schema)
    {
        var scalar = ScalarTarget(schema);
        AddNumber(scalar, "minimum", bounds.Minimum);
        AddNumber(scalar, "maximum", bounds.Maximum);
        if (bounds.ExclusiveMinimum)
        {
            scalar["exclusiveMinimum"] = true;
        }

        if (bounds.ExclusiveMaximum)
        {
            scalar["exclusiveMaximum"] = true;
        }

        AddCount(scalar, "minLength", bounds.MinLength);
        AddCount(scalar, "maxLength", bounds.MaxLength);
        AddCount(schema, "minItems", bounds.MinItems);
        AddCount(schema, "maxItems", bounds.MaxItems);
        AddCount(schema, "minProperties", bounds.MinProperties);
        AddCount(schema, "maxProperties", bounds.MaxProperties);
    }

    /// <summary>The node scalar facets belong to: the innermost items or values of a list or map.</summary>
    private static JsonObject ScalarTarget(JsonObject schema)
    {
        while (true)
        {
            if (schema["items"] is JsonObject items)
            {
                schema = items;
            }
            else if (schema["additionalProperties"] is JsonObject values)
            {
                schema = values;
            }
            else
            {
                return schema;
            }
        }
    }

    private static void ApplyItems(ItemsAttribute items, JsonObject scalar)
    {
        if (items.Pattern is not null)
        {
            scalar["pattern"] = items.Pattern;
        }

        AddCount(scalar, "minLength", items.MinLength);
        AddCount(scalar, "maxLength", items.MaxLength);
    }

    private static JsonNode? ParseJson(PropertyInfo property, string attribute, string json)
    {
        try
        {
            return JsonNode.Parse(json);
        }
        catch (System.Text.Json.JsonException e)
        {
            throw new NotSupportedException($"{property.DeclaringType}.{property.Name}: [{attribute}] is not a JSON literal.", e);
        }
    }

    private static void AddIfSet(JsonObject node, string key, string? value)
    {
        if (value is not null)
        {
            node[key] = value;
        }
    }

    private static void AddNumber(JsonObject node, string key, double value)
    {
        if (double.IsNaN(value))
        {
            return;
        }

        // Whole bounds print as integers (minimum: 1), as the API server and ESO's CRDs write them.
        node[key] = value == Math.Floor(value) && Math.Abs(value) < 1e15 ? JsonValue.Create((long)value) : JsonValue.Create(value);
    }

    private static void AddCount(JsonObject node, string key, long value)
    {
        if (value >= 0)
        {
            node[key] = value;
        }
    }
}
