using System.Globalization;
using System.Text.Json.Nodes;
using Ferry.Schemas.Model;
using Ferry.Schemas.Values;

namespace Ferry.Schemas.Validation;

/// <summary>
/// The OpenAPI part of custom-resource validation, as kube-openapi's SchemaValidator runs it and
/// apiextensions-apiserver maps its results to field errors: per node the type, then allOf/anyOf/oneOf/not, string
/// limits and pattern, format, numeric limits, array limits, enum, and object limits, required and properties.
/// Messages carry kube-openapi's text ("spec.x in body should match '^a$'").
/// </summary>
internal sealed class OpenApiValidator
{
    private const int MaxDepth = 512;

    private readonly List<FieldError> _errors;

    private OpenApiValidator(List<FieldError> errors)
    {
        _errors = errors;
    }

    /// <summary>
    /// Validates <paramref name="instance"/>. On update (<paramref name="old"/> given) a value equal to its
    /// correlated old value is not validated again: CRD validation ratcheting, so an object stored under an older,
    /// looser schema can still be updated elsewhere.
    /// </summary>
    public static void Validate(SchemaNode root, JsonNode? instance, JsonNode? old, List<FieldError> errors, string path = "") =>
        new OpenApiValidator(errors).Node(root, instance, old, old is not null, path, 0);

    private void Node(SchemaNode schema, JsonNode? value, JsonNode? old, bool correlated, string path, int depth)
    {
        if (depth > MaxDepth)
        {
            _errors.Add(FieldError.Invalid(path, "\"\"", $"{path} in body exceeds the maximum nesting depth of {MaxDepth}"));
            return;
        }

        if (correlated && JsonEquality.DeepEquals(value, old))
        {
            return;
        }

        var kind = JsonKinds.Of(value);
        if (kind == JsonKind.Null)
        {
            if (!schema.Nullable && schema.Type.Length > 0)
            {
                TypeError(path, schema.Type, "null");
            }

            return;
        }

        if (!TypeMatches(schema, kind))
        {
            TypeError(path, schema.Type, JsonKinds.Name(kind));
            return;
        }

        if (schema.IntOrString && schema.AnyOf.Count == 0 && kind is not (JsonKind.Integer or JsonKind.String))
        {
            // Without explicit anyOf branches the API server still only accepts an integer or a string.
            TypeError(path, "integer-or-string", JsonKinds.Name(kind));
            return;
        }

        Junctors(schema, value, path, depth);
        if (kind == JsonKind.String)
        {
            StringLimits(schema, JsonKinds.AsString((JsonValue)value!), path);
        }

        if (kind is JsonKind.Integer or JsonKind.Number)
        {
            NumberLimits(schema, (JsonValue)value!, path);
        }

        if (value is JsonArray array)
        {
            ArrayLimits(schema, array, old, path, depth);
        }

        if (schema.Enum is { } allowed && !allowed.Any(a => JsonEquality.DeepEquals(a, value)))
        {
            var supported = allowed.Select(a => a is JsonValue v && JsonKinds.Of(v) == JsonKind.String ? JsonKinds.AsString(v) : a?.ToJsonString() ?? "null");
            _errors.Add(FieldError.NotSupported(path, GoFormat.Value(value), supported));
        }

        if (value is JsonObject obj)
        {
            ObjectLimits(schema, obj, old, path, depth);
        }
    }

    private static bool TypeMatches(SchemaNode schema, JsonKind kind)
    {
        var ok = schema.Type switch
        {
            "" => true,
            "integer" => kind == JsonKind.Integer,
            "number" => kind is JsonKind.Integer or JsonKind.Number,
            "string" => kind == JsonKind.String,
            "boolean" => kind == JsonKind.Boolean,
            "array" => kind == JsonKind.Array,
            "object" => kind == JsonKind.Object,
            _ => true,
        };
        return ok;
    }

    private void TypeError(string path, string expected, string actual) =>
        _errors.Add(FieldError.TypeInvalid(path, GoFormat.Quote(actual), $"{path} in body must be of type {expected}: {GoFormat.Quote(actual)}"));

    private void Junctors(SchemaNode schema, JsonNode? value, string path, int depth)
    {
        if (schema.AllOf.Count > 0)
        {
            var results = schema.AllOf.Select(s => Sub(s, value, path, depth)).ToList();
            var passed = results.Count(r => r.Count == 0);
            if (passed != results.Count)
            {
                Composite(path, $"must validate all the schemas (allOf){(passed == 0 ? ". None validated" : string.Empty)}");
                _errors.AddRange(results.SelectMany(r => r));
            }
        }

        if (schema.OneOf.Count > 0)
        {
            var results = schema.OneOf.Select(s => Sub(s, value, path, depth)).ToList();
            var passed = results.Count(r => r.Count == 0);
            if (passed != 1)
            {
                Composite(path, "must validate one and only one schema (oneOf)");
                if (passed == 0)
                {
                    _errors.AddRange(results.MinBy(r => r.Count)!);
                }
            }
        }

        if (schema.AnyOf.Count > 0)
        {
            var results = schema.AnyOf.Select(s => Sub(s, value, path, depth)).ToList();
            if (!results.Any(r => r.Count == 0))
            {
                Composite(path, "must validate at least one schema (anyOf)");
                _errors.AddRange(results.MinBy(r => r.Count)!);
            }
        }

        if (schema.Not is { } not && Sub(not, value, path, depth).Count == 0)
        {
            Composite(path, "must not validate the schema (not)");
        }
    }

    private static List<FieldError> Sub(SchemaNode schema, JsonNode? value, string path, int depth)
    {
        var errors = new List<FieldError>();
        var validator = new OpenApiValidator(errors);
        if (schema.Type.Length > 0 && !TypeMatches(schema, JsonKinds.Of(value)))
        {
            validator.TypeError(path, schema.Type, JsonKinds.Name(JsonKinds.Of(value)));
            return errors;
        }

        validator.Node(schema, value, null, correlated: false, path, depth + 1);
        return errors;
    }

    private void Composite(string path, string message) =>
        _errors.Add(FieldError.Invalid(path, "\"\"", $"{path} in body {message}"));

    private void StringLimits(SchemaNode schema, string text, string path)
    {
        if (schema.MaxLength is not null || schema.MinLength is not null)
        {
            // kube-openapi counts characters (runes), not bytes or UTF-16 units.
            long length = text.EnumerateRunes().Count();
            if (schema.MaxLength is { } max && length > max)
            {
                _errors.Add(FieldError.TooLong(path, max));
            }

            if (schema.MinLength is { } min && length < min)
            {
                Invalid(path, GoFormat.Quote(text), $"should be at least {min} chars long");
            }
        }

        if (schema.PatternRegex is { } pattern && !pattern.IsMatch(text))
        {
            Invalid(path, GoFormat.Quote(text), $"should match '{schema.Pattern}'");
        }

        if (schema.Format is { } format && !Formats.IsValid(format, text))
        {
            _errors.Add(FieldError.TypeInvalid(path, GoFormat.Quote(text), $"{path} in body must be of type {format}: {GoFormat.Quote(text)}"));
        }
    }

    private void NumberLimits(SchemaNode schema, JsonValue value, string path)
    {
        var number = JsonKinds.AsDouble(value);
        var shown = GoFormat.Value(value);
        if (!InFormatRange(schema, number))
        {
            // kube-openapi's range check for numeric formats; its error is a plain one, so it carries no value.
            _errors.Add(FieldError.Invalid(path, "\"\"", $"Checked value must be of type {schema.Type} with format {schema.Format} in {path}"));
        }

        if (schema.MultipleOf is { } factor)
        {
            var quotient = number / factor;
            if (Math.Abs(quotient - Math.Round(quotient)) > 1e-9 * Math.Max(1, Math.Abs(quotient)))
            {
                Invalid(path, shown, $"should be a multiple of {GoFormat.Float(factor)}");
            }
        }

        if (schema.Maximum is { } maximum && (schema.ExclusiveMaximum ? number >= maximum : number > maximum))
        {
            Invalid(path, shown, schema.ExclusiveMaximum
                ? $"should be less than {GoFormat.Float(maximum)}"
                : $"should be less than or equal to {GoFormat.Float(maximum)}");
        }

        if (schema.Minimum is { } minimum && (schema.ExclusiveMinimum ? number <= minimum : number < minimum))
        {
            Invalid(path, shown, schema.ExclusiveMinimum
                ? $"should be greater than {GoFormat.Float(minimum)}"
                : $"should be greater than or equal to {GoFormat.Float(minimum)}");
        }
    }

    private static bool InFormatRange(SchemaNode schema, double number) => (schema.Type, schema.Format) switch
    {
        ("integer", "int32") => number is >= int.MinValue and <= int.MaxValue,
        ("integer", "uint32") => number is >= 0 and <= uint.MaxValue,
        ("integer", "uint64") => number >= 0,
        ("number", "float") => Math.Abs(number) <= float.MaxValue,
        _ => true,
    };

    private void ArrayLimits(SchemaNode schema, JsonArray array, JsonNode? old, string path, int depth)
    {
        if (schema.MaxItems is { } max && array.Count > max)
        {
            _errors.Add(FieldError.TooMany(path, array.Count, max));
        }

        if (schema.MinItems is { } min && array.Count < min)
        {
            Invalid(path, array.Count.ToString(CultureInfo.InvariantCulture), $"should have at least {min} items");
        }

        if (schema.Items is { } items)
        {
            var oldItems = Correlation.IndexListItems(schema, old);
            for (var i = 0; i < array.Count; i++)
            {
                var correlated = Correlation.TryListItem(schema, oldItems, array[i], out var oldItem);
                Node(items, array[i], oldItem, correlated, FieldPaths.Index(path, i), depth + 1);
            }
        }
    }

    private void ObjectLimits(SchemaNode schema, JsonObject obj, JsonNode? old, string path, int depth)
    {
        if (schema.MaxProperties is { } max && obj.Count > max)
        {
            _errors.Add(FieldError.TooMany(path, obj.Count, max));
        }

        if (schema.MinProperties is { } min && obj.Count < min)
        {
            Invalid(path, obj.Count.ToString(CultureInfo.InvariantCulture), $"should have at least {min} properties");
        }

        foreach (var required in schema.Required)
        {
            if (!obj.ContainsKey(required))
            {
                _errors.Add(FieldError.Required(FieldPaths.Child(path, required)));
            }
        }

        foreach (var (name, property) in schema.Properties)
        {
            if (obj.TryGetPropertyValue(name, out var child))
            {
                var correlated = Correlation.TryProperty(old, name, out var oldChild);
                Node(property, child, oldChild, correlated, FieldPaths.Child(path, name), depth + 1);
            }
        }

        if (schema.AdditionalProperties is { } additional)
        {
            foreach (var (key, child) in obj)
            {
                if (!(schema.IsRoot && key is "apiVersion" or "kind" or "metadata"))
                {
                    var correlated = Correlation.TryProperty(old, key, out var oldChild);
                    Node(additional, child, oldChild, correlated, FieldPaths.Child(path, key), depth + 1);
                }
            }
        }
    }

    private void Invalid(string path, string shownValue, string message) =>
        _errors.Add(FieldError.Invalid(path, shownValue, $"{path} in body {message}"));
}
