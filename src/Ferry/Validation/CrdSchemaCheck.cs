using System.Collections.Frozen;
using System.Text.Json.Nodes;
using Ferry.Api;
using Ferry.Schemas;

namespace Ferry.Validation;

/// <summary>
/// The schema step from CRD documents: for each served version, its openAPIV3Schema as a Ferry.Schemas structural
/// schema, parsed on first use. Runs in the API server's order on create: prune unknown fields (each one an error,
/// as <c>kubectl apply</c>'s strict field validation reports it), apply defaults, then validate with CEL.
/// </summary>
internal sealed class CrdSchemaCheck : ISchemaCheck
{
    private readonly FrozenDictionary<(string ApiVersion, string Kind), Lazy<StructuralSchema>> _schemas;

    public CrdSchemaCheck(IEnumerable<JsonObject> crds)
    {
        var schemas = new Dictionary<(string, string), Lazy<StructuralSchema>>();
        foreach (var crd in crds)
        {
            var group = (string?)crd["spec"]?["group"];
            var kind = (string?)crd["spec"]?["names"]?["kind"];
            foreach (var version in crd["spec"]?["versions"]?.AsArray() ?? [])
            {
                if (version?["served"]?.GetValue<bool>() == true && version["schema"]?["openAPIV3Schema"] is JsonObject schema)
                {
                    schemas[($"{group}/{(string?)version["name"]}", kind!)] = new(() => StructuralSchema.Parse(schema));
                }
            }
        }

        _schemas = schemas.ToFrozenDictionary();
    }

    public SchemaCheckResult? Check(ApiKind kind, JsonObject document)
    {
        if (!_schemas.TryGetValue((kind.ApiVersion, kind.Kind), out var lazy))
        {
            return null;
        }

        StructuralSchema schema;
        try
        {
            schema = lazy.Value;
        }
        catch (SchemaFormatException e)
        {
            // A generated CRD Ferry.Schemas cannot read is a Ferry bug, not the user's; say so and check the rest.
            return new(document, [new(string.Empty, $"internal error: the {kind.Kind} schema cannot be used: {e.Message}")]);
        }

        var issues = new List<FieldIssue>();
        issues.AddRange(schema.Prune(document).Select(path => new FieldIssue(path, $"unknown field \"{path}\"")));
        schema.ApplyDefaults(document);
        issues.AddRange(schema.Validate(document).Select(error => new FieldIssue(error.Field, error.Body)));
        return new(document, issues);
    }
}
