using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Ferry.Api;
using Ferry.Api.Schema;
using Ferry.Manifests;
using Ferry.Testing;

namespace Ferry.Tests.Compatibility;

/// <summary>
/// Walks each served kind's C# type beside the OpenAPI schema of ESO's CRD and reports every field whose name,
/// type, format, enum, required-ness or schema fact (the attributes of Ferry.Api.Schema) differs. Opaque provider
/// and generator subtrees are only checked to be free-form.
/// </summary>
public sealed class ApiTypesMatchEsoCrdsTests
{
    public static TheoryData<string> Kinds() => new(ApiKinds.All.Select(kind => kind.Kind));

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Type_EveryField_MatchesEsoSchema(string kindName)
    {
        var kind = ApiKinds.All.Single(k => k.Kind == kindName);
        var crd = YamlDocumentReader.Read(File.ReadAllText(Path.Combine(RepoPaths.EsoCrds, $"{kind.Group}_{kind.Plural}.yaml")))[0].Content!;
        var version = crd["spec"]!["versions"]!.AsArray().Single(v => v!["name"]!.GetValue<string>() == kind.Version)!;
        var root = version["schema"]!["openAPIV3Schema"]!.AsObject();
        var errors = new List<string>();

        foreach (var part in new[] { "spec", "status" })
        {
            var property = JsonProperties(kind.ClrType).GetValueOrDefault(part);
            var schema = root["properties"]![part]?.AsObject();
            if (schema is null || property is null)
            {
                if ((schema is null) != (property is null))
                {
                    errors.Add($"{part}: present in {(schema is null ? "the C# type" : "the CRD")} only");
                }

                continue;
            }

            CompareValue(schema, property.PropertyType, property, part, errors);
        }

        Assert.True(errors.Count == 0, $"{errors.Count} differences:\n" + string.Join("\n", errors));
    }

    private static void CompareValue(JsonObject schema, Type type, PropertyInfo? property, string path, List<string> errors)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        var attributes = property?.GetCustomAttributes().ToList() ?? [];
        var isClass = type.IsClass && type != typeof(string) && !IsList(type) && !IsMap(type);
        if (isClass)
        {
            attributes.AddRange(type.GetCustomAttributes());
        }

        if (attributes.OfType<OpaqueProviderAttribute>().Any())
        {
            Expect(type == typeof(JsonElement), path, "an opaque provider must be JsonElement", errors);
            return;
        }

        // Scalar list items carry their facts in [Items] on the list property (see CompareItemFacts).
        if (property is not null || isClass)
        {
            CompareFacts(SchemaFacts(schema), AttributeFacts(attributes), path, errors);
        }

        if (schema["x-kubernetes-int-or-string"]?.GetValue<bool>() == true)
        {
            Expect(type == typeof(IntegerOrString), path, $"int-or-string must be IntegerOrString, is {type.Name}", errors);
            return;
        }

        if (schema["x-kubernetes-preserve-unknown-fields"]?.GetValue<bool>() == true && schema["properties"] is null)
        {
            Expect(type == typeof(JsonElement), path, $"free-form must be JsonElement, is {type.Name}", errors);
            var anyValue = attributes.OfType<AnyJsonValueAttribute>().Any();
            Expect(anyValue == (schema["type"] is null), path, $"[AnyJsonValue] is {anyValue}, the schema type is {schema["type"]}", errors);
            return;
        }

        var schemaType = schema["type"]?.GetValue<string>();
        switch (schemaType)
        {
            case "string":
                CompareString(schema, type, attributes, path, errors);
                break;
            case "integer":
                var format = schema["format"]?.GetValue<string>();
                var noFormat = attributes.OfType<NoFormatAttribute>().Any();
                var expected = format switch { "int64" => typeof(long), _ => typeof(int) };
                Expect(type == expected && noFormat == (format is null), path, $"integer/{format ?? "no format"} is {type.Name}{(noFormat ? " [NoFormat]" : "")}", errors);
                break;
            case "boolean":
                Expect(type == typeof(bool), path, $"boolean is {type.Name}", errors);
                break;
            case "number":
                Expect(type == typeof(double), path, $"number is {type.Name}", errors);
                break;
            case "array":
                if (Expect(IsList(type), path, $"array is {type.Name}", errors))
                {
                    var items = schema["items"]!.AsObject();
                    CompareItemFacts(items, attributes, path, errors);
                    CompareValue(items, type.GetGenericArguments()[0], null, path + "[]", errors);
                }

                break;
            case "object":
                CompareObject(schema, type, path, errors);
                break;
            default:
                errors.Add($"{path}: unexpected schema type {schemaType}");
                break;
        }
    }

    private static void CompareString(JsonObject schema, Type type, List<Attribute> attributes, string path, List<string> errors)
    {
        var format = schema["format"]?.GetValue<string>();
        // date-time is implied by the C# type; every other format (byte: base64 text) is declared with [Format].
        var expected = format == "date-time" ? typeof(DateTimeOffset) : null;
        if (schema["enum"] is JsonArray values)
        {
            var wanted = values.Select(v => v!.GetValue<string>()).ToList();
            var actual = type.IsEnum
                ? type.GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => f.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? f.Name).ToList()
                : attributes.OfType<EnumValuesAttribute>().SingleOrDefault()?.Values.ToList();
            Expect(actual is not null && wanted.SequenceEqual(actual), path, $"enum [{string.Join(",", wanted)}] is [{string.Join(",", actual ?? [])}]", errors);
            return;
        }

        Expect(type == (expected ?? typeof(string)), path, $"string/{format} is {type.Name}", errors);
        var declaredFormat = attributes.OfType<FormatAttribute>().SingleOrDefault()?.Format;
        Expect(expected is not null || declaredFormat == format, path, $"format {format} declared as {declaredFormat}", errors);
    }

    private static void CompareObject(JsonObject schema, Type type, string path, List<string> errors)
    {
        if (schema["properties"] is not JsonObject properties)
        {
            if (schema["additionalProperties"] is JsonObject values)
            {
                if (Expect(IsMap(type), path, $"map is {type.Name}", errors))
                {
                    CompareValue(values, type.GetGenericArguments()[1], null, path + "{}", errors);
                }
            }
            else
            {
                Expect(type.IsClass && JsonProperties(type).Count == 0, path, $"empty object is {type.Name}", errors);
            }

            return;
        }

        var clrProperties = JsonProperties(type);
        var required = schema["required"]?.AsArray().Select(r => r!.GetValue<string>()).ToHashSet() ?? [];
        foreach (var name in clrProperties.Keys.Except(properties.Select(p => p.Key)))
        {
            errors.Add($"{path}.{name}: in the C# type only");
        }

        foreach (var (name, propertySchema) in properties)
        {
            if (!clrProperties.TryGetValue(name, out var property))
            {
                errors.Add($"{path}.{name}: in the CRD only");
                continue;
            }

            var isRequired = property.GetCustomAttribute<RequiredAttribute>() is not null;
            Expect(isRequired == required.Contains(name), $"{path}.{name}", $"required is {required.Contains(name)}, [Required] is {isRequired}", errors);
            CompareValue(propertySchema!.AsObject(), property.PropertyType, property, $"{path}.{name}", errors);
        }
    }

    private static void CompareItemFacts(JsonObject items, List<Attribute> attributes, string path, List<string> errors)
    {
        if (items["type"]?.GetValue<string>() is "object" or "array")
        {
            return;
        }

        var expected = new SortedDictionary<string, string>(StringComparer.Ordinal);
        AddIfPresent(expected, items, "pattern", "minLength", "maxLength");
        var actual = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (attributes.OfType<ItemsAttribute>().SingleOrDefault() is { } facts)
        {
            AddIfSet(actual, "pattern", facts.Pattern);
            AddIfSet(actual, "minLength", facts.MinLength);
            AddIfSet(actual, "maxLength", facts.MaxLength);
        }

        CompareFacts(expected, actual, path + "[] items", errors);
    }

    private static SortedDictionary<string, string> SchemaFacts(JsonObject schema)
    {
        var facts = new SortedDictionary<string, string>(StringComparer.Ordinal);
        AddIfPresent(facts, schema, "pattern", "minLength", "maxLength", "minimum", "maximum", "minItems", "maxItems",
            "minProperties", "maxProperties", "exclusiveMinimum", "exclusiveMaximum", "default", "example", "nullable",
            "x-kubernetes-list-type", "x-kubernetes-map-type", "x-kubernetes-embedded-resource");
        if (schema["x-kubernetes-list-map-keys"] is JsonArray keys)
        {
            facts["x-kubernetes-list-map-keys"] = string.Join(",", keys.Select(k => k!.GetValue<string>()));
        }

        if (schema["x-kubernetes-preserve-unknown-fields"]?.GetValue<bool>() == true)
        {
            facts["x-kubernetes-preserve-unknown-fields"] = "true";
        }

        if (schema["x-kubernetes-validations"] is JsonArray rules)
        {
            facts["x-kubernetes-validations"] = string.Join("\n", rules.Select(r => Rule(
                r!["rule"]!.GetValue<string>(), r["message"]?.GetValue<string>(), r["messageExpression"]?.GetValue<string>(),
                r["reason"]?.GetValue<string>(), r["fieldPath"]?.GetValue<string>(), r["optionalOldSelf"]?.GetValue<bool>() == true)));
        }

        return facts;
    }

    private static SortedDictionary<string, string> AttributeFacts(List<Attribute> attributes)
    {
        var facts = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var attribute in attributes)
        {
            switch (attribute)
            {
                case PatternAttribute pattern:
                    facts["pattern"] = pattern.Pattern;
                    break;
                case BoundsAttribute bounds:
                    AddIfSet(facts, "minimum", bounds.Minimum);
                    AddIfSet(facts, "maximum", bounds.Maximum);
                    AddIfSet(facts, "minLength", bounds.MinLength);
                    AddIfSet(facts, "maxLength", bounds.MaxLength);
                    AddIfSet(facts, "minItems", bounds.MinItems);
                    AddIfSet(facts, "maxItems", bounds.MaxItems);
                    AddIfSet(facts, "minProperties", bounds.MinProperties);
                    AddIfSet(facts, "maxProperties", bounds.MaxProperties);
                    if (bounds.ExclusiveMinimum)
                    {
                        facts["exclusiveMinimum"] = "true";
                    }

                    if (bounds.ExclusiveMaximum)
                    {
                        facts["exclusiveMaximum"] = "true";
                    }

                    break;
                case DefaultAttribute value:
                    facts["default"] = JsonNode.Parse(value.Json)!.ToJsonString();
                    break;
                case ExampleAttribute example:
                    facts["example"] = JsonNode.Parse(example.Json)!.ToJsonString();
                    break;
                case SchemaNullableAttribute:
                    facts["nullable"] = "true";
                    break;
                case ListTypeAttribute list:
                    facts["x-kubernetes-list-type"] = list.ListType;
                    if (list.MapKeys.Length > 0)
                    {
                        facts["x-kubernetes-list-map-keys"] = string.Join(",", list.MapKeys);
                    }

                    break;
                case MapTypeAttribute map:
                    facts["x-kubernetes-map-type"] = map.MapType;
                    break;
                case EmbeddedResourceAttribute:
                    facts["x-kubernetes-embedded-resource"] = "true";
                    break;
                case PreserveUnknownFieldsAttribute:
                    facts["x-kubernetes-preserve-unknown-fields"] = "true";
                    break;
                default:
                    break;
            }
        }

        var rules = attributes.OfType<CelRuleAttribute>().ToList();
        if (rules.Count > 0)
        {
            facts["x-kubernetes-validations"] = string.Join("\n", rules.OrderBy(r => r.Order).Select(r =>
                Rule(r.Rule, r.Message, r.MessageExpression, r.Reason, r.FieldPath, r.OptionalOldSelf)));
        }

        return facts;
    }

    private static string Rule(string rule, string? message, string? messageExpression, string? reason, string? fieldPath, bool optionalOldSelf) =>
        $"{rule} | {message} | {messageExpression} | {reason} | {fieldPath} | {optionalOldSelf}";

    private static void CompareFacts(SortedDictionary<string, string> expected, SortedDictionary<string, string> actual, string path, List<string> errors)
    {
        foreach (var key in expected.Keys.Union(actual.Keys))
        {
            var want = expected.GetValueOrDefault(key);
            var have = actual.GetValueOrDefault(key);
            if (want != have)
            {
                errors.Add($"{path}: {key} is {want ?? "(none)"} in the CRD, {have ?? "(none)"} in the C# type");
            }
        }
    }

    private static void AddIfPresent(SortedDictionary<string, string> facts, JsonObject schema, params string[] keys)
    {
        foreach (var key in keys)
        {
            if (schema[key] is { } value)
            {
                var isJsonFact = key is "default" or "example";
                facts[key] = !isJsonFact && value is JsonValue scalar && scalar.TryGetValue<string>(out var text) ? text : value.ToJsonString();
            }
        }
    }

    private static void AddIfSet(SortedDictionary<string, string> facts, string key, double value)
    {
        if (!double.IsNaN(value))
        {
            facts[key] = value.ToString(CultureInfo.InvariantCulture);
        }
    }

    private static void AddIfSet(SortedDictionary<string, string> facts, string key, long value)
    {
        if (value >= 0)
        {
            facts[key] = value.ToString(CultureInfo.InvariantCulture);
        }
    }

    private static void AddIfSet(SortedDictionary<string, string> facts, string key, string? value)
    {
        if (value is not null)
        {
            facts[key] = value;
        }
    }

    private static bool Expect(bool condition, string path, string message, List<string> errors)
    {
        if (!condition)
        {
            errors.Add($"{path}: {message}");
        }

        return condition;
    }

    private static Dictionary<string, PropertyInfo> JsonProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetCustomAttribute<JsonPropertyNameAttribute>() is not null)
            .ToDictionary(p => p.GetCustomAttribute<JsonPropertyNameAttribute>()!.Name, StringComparer.Ordinal);

    private static bool IsList(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>);

    private static bool IsMap(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Dictionary<,>) && type.GetGenericArguments()[0] == typeof(string);
}
