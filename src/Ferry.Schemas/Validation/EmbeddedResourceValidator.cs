using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Ferry.Schemas.Model;
using Ferry.Schemas.Values;

namespace Ferry.Schemas.Validation;

/// <summary>
/// Checks objects marked x-kubernetes-embedded-resource as apiextensions-apiserver does (schema/objectmeta):
/// apiVersion and kind are required strings, apiVersion parses as group/version, kind is a DNS-1035 label in any
/// case, and metadata.name is a valid path segment.
/// </summary>
internal static partial class EmbeddedResourceValidator
{
    public static void Validate(SchemaNode schema, JsonNode? value, string path, List<FieldError> errors, int depth = 0)
    {
        if (depth > 512)
        {
            return;
        }

        switch (value)
        {
            case JsonObject obj:
                if (schema.EmbeddedResource)
                {
                    Embedded(obj, path, errors);
                }

                foreach (var (key, child) in obj)
                {
                    if (schema.Properties.TryGetValue(key, out var property))
                    {
                        Validate(property, child, FieldPaths.Child(path, key), errors, depth + 1);
                    }
                    else if (schema.AdditionalProperties is { } additional)
                    {
                        Validate(additional, child, FieldPaths.Key(path, key), errors, depth + 1);
                    }
                }

                break;
            case JsonArray array when schema.Items is { } items:
                for (var i = 0; i < array.Count; i++)
                {
                    Validate(items, array[i], FieldPaths.Index(path, i), errors, depth + 1);
                }

                break;
        }
    }

    private static void Embedded(JsonObject obj, string path, List<FieldError> errors)
    {
        if (!obj.ContainsKey("apiVersion"))
        {
            errors.Add(FieldError.Required(FieldPaths.Child(path, "apiVersion"), "must not be empty"));
        }

        if (!obj.ContainsKey("kind"))
        {
            errors.Add(FieldError.Required(FieldPaths.Child(path, "kind"), "must not be empty"));
        }

        if (obj.TryGetPropertyValue("apiVersion", out var apiVersion))
        {
            var at = FieldPaths.Child(path, "apiVersion");
            if (apiVersion is not JsonValue v || JsonKinds.Of(v) != JsonKind.String)
            {
                errors.Add(FieldError.Invalid(at, GoFormat.Value(apiVersion), "must be a string"));
            }
            else if (JsonKinds.AsString(v) is { Length: 0 })
            {
                errors.Add(FieldError.Invalid(at, "\"\"", "must not be empty"));
            }
            else if (JsonKinds.AsString(v).Count(c => c == '/') > 1)
            {
                var text = JsonKinds.AsString(v);
                errors.Add(FieldError.Invalid(at, GoFormat.Quote(text), $"unexpected GroupVersion string: {text}"));
            }
        }

        if (obj.TryGetPropertyValue("kind", out var kind))
        {
            var at = FieldPaths.Child(path, "kind");
            if (kind is not JsonValue v || JsonKinds.Of(v) != JsonKind.String)
            {
                errors.Add(FieldError.Invalid(at, GoFormat.Value(kind), "must be a string"));
            }
            else if (JsonKinds.AsString(v) is { Length: 0 })
            {
                errors.Add(FieldError.Invalid(at, "\"\"", "must not be empty"));
            }
            else if (JsonKinds.AsString(v) is var text && (text.Length > 63 || !Dns1035().IsMatch(text.ToLowerInvariant())))
            {
                var problem = text.Length > 63
                    ? "must be no more than 63 characters"
                    : "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";
                errors.Add(FieldError.Invalid(at, GoFormat.Quote(text), "may have mixed case, but should otherwise match: " + problem));
            }
        }

        if (obj.TryGetPropertyValue("metadata", out var metadata))
        {
            Metadata(metadata, FieldPaths.Child(path, "metadata"), errors);
        }
    }

    private static void Metadata(JsonNode? metadata, string path, List<FieldError> errors)
    {
        if (metadata is not JsonObject meta)
        {
            errors.Add(FieldError.Invalid(path, GoFormat.Value(metadata), "must be an object"));
            return;
        }

        if (meta["name"] is JsonValue nameValue && JsonKinds.Of(nameValue) == JsonKind.String)
        {
            var name = JsonKinds.AsString(nameValue);
            var at = FieldPaths.Child(path, "name");
            if (name is "." or "..")
            {
                errors.Add(FieldError.Invalid(at, GoFormat.Quote(name), $"may not be '{name}'"));
            }
            else
            {
                foreach (var forbidden in new[] { "/", "%" })
                {
                    if (name.Contains(forbidden, StringComparison.Ordinal))
                    {
                        errors.Add(FieldError.Invalid(at, GoFormat.Quote(name), $"may not contain '{forbidden}'"));
                    }
                }
            }
        }
    }

    [GeneratedRegex("^[a-z]([-a-z0-9]*[a-z0-9])?$", RegexOptions.CultureInvariant)]
    private static partial Regex Dns1035();
}
