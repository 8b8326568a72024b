using System.ComponentModel;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Crds;

/// <summary>
/// Builds the OpenAPI v3 schema of a C# API type by reflection: the shape comes from the property types, the
/// facts the types cannot say from the <see cref="Ferry.Api.Schema"/> attributes (applied by
/// <see cref="SchemaFacets"/>). Key order is not settled here; <see cref="JsonKeyOrder"/> sorts the result.
/// </summary>
internal sealed class SchemaBuilder
{
    // The types being expanded, outermost first: a type met again inside itself has no finite schema.
    private readonly List<Type> _expanding = [];

    /// <summary>The schema of a type as used at the root of a CRD version or as a property's type.</summary>
    public JsonObject ForType(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (WellKnownSchemas.For(type) is { } known)
        {
            return known;
        }

        if (type.IsEnum)
        {
            return ForEnum(type);
        }

        if (CollectionShapes.MapValueType(type) is { } valueType)
        {
            return new JsonObject { ["type"] = "object", ["additionalProperties"] = ForType(valueType) };
        }

        if (CollectionShapes.ListItemType(type) is { } itemType)
        {
            return new JsonObject { ["type"] = "array", ["items"] = ForType(itemType) };
        }

        if (type.IsClass && type != typeof(object))
        {
            return ForObject(type);
        }

        throw new NotSupportedException($"{type}: no OpenAPI schema mapping for this type.");
    }

    /// <summary>The JSON name of a property: <see cref="JsonPropertyNameAttribute"/>, else camelCase.</summary>
    public static string JsonName(PropertyInfo property) =>
        property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(property.Name);

    /// <summary>The properties that appear in JSON, in declaration order.</summary>
    public static IEnumerable<PropertyInfo> JsonProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.GetMethod is { IsPublic: true })
            .Where(p => p.GetCustomAttribute<JsonIgnoreAttribute>() is not { Condition: JsonIgnoreCondition.Always })
            .Where(p => p.GetCustomAttribute<JsonExtensionDataAttribute>() is null)
            .OrderBy(p => p.MetadataToken);

    private JsonObject ForObject(Type type)
    {
        if (_expanding.Contains(type))
        {
            var cycle = string.Join(" -> ", _expanding.SkipWhile(t => t != type).Append(type).Select(t => t.Name));
            throw new NotSupportedException($"{type}: a CRD schema cannot be recursive ({cycle}).");
        }

        _expanding.Add(type);
        try
        {
            var properties = new JsonObject();
            var required = new List<string>();
            foreach (var property in JsonProperties(type))
            {
                var name = JsonName(property);
                if (properties.ContainsKey(name))
                {
                    throw new NotSupportedException($"{type}: two properties are named '{name}' in JSON.");
                }

                properties[name] = ForProperty(property);
                if (property.IsDefined(typeof(RequiredAttribute)))
                {
                    required.Add(name);
                }
            }

            var schema = new JsonObject { ["type"] = "object" };
            if (properties.Count > 0)
            {
                schema["properties"] = properties;
            }

            if (required.Count > 0)
            {
                required.Sort(StringComparer.Ordinal);
                schema["required"] = new JsonArray([.. required.Select(name => JsonValue.Create(name))]);
            }

            SchemaFacets.ApplyTypeFacets(type, schema);
            return schema;
        }
        finally
        {
            _expanding.RemoveAt(_expanding.Count - 1);
        }
    }

    private JsonObject ForProperty(PropertyInfo property)
    {
        JsonObject schema;
        if (property.IsDefined(typeof(OpaqueProviderAttribute)))
        {
            // A provider Ferry does not implement: keep whatever the manifest says, validate nothing.
            schema = new JsonObject { ["type"] = "object", ["x-kubernetes-preserve-unknown-fields"] = true };
        }
        else
        {
            schema = ForType(property.PropertyType);
        }

        SchemaFacets.ApplyPropertyFacets(property, schema);
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        if (WellKnownSchemas.IsFreeForm(type) && !schema.ContainsKey("x-kubernetes-preserve-unknown-fields"))
        {
            throw new NotSupportedException(
                $"{property.DeclaringType}.{property.Name}: free-form JSON needs [PreserveUnknownFields] to be a structural schema.");
        }

        return schema;
    }

    private static JsonObject ForEnum(Type type)
    {
        var values = type.GetCustomAttribute<EnumValuesAttribute>()?.Values
            ?? [.. type.GetFields(BindingFlags.Public | BindingFlags.Static)
                .OrderBy(f => f.MetadataToken)
                .Select(f => f.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? f.Name)];
        var schema = new JsonObject
        {
            ["type"] = "string",
            ["enum"] = new JsonArray([.. values.Select(value => JsonValue.Create(value))]),
        };
        if (type.GetCustomAttribute<DescriptionAttribute>() is { } description)
        {
            schema["description"] = description.Description;
        }

        return schema;
    }
}
