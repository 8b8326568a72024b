using System.Text.Json.Nodes;
using Ferry.Schemas.Defaulting;
using Ferry.Schemas.Model;
using Ferry.Schemas.Pruning;
using Ferry.Schemas.Validation;

namespace Ferry.Schemas;

/// <summary>
/// One CRD version's openAPIV3Schema, parsed as a Kubernetes structural schema. Defaults, prunes and validates
/// custom resources the way kube-apiserver does, with the same field paths and messages.
/// Thread-safe once parsed: every method works only on the instance it is given.
/// </summary>
/// <remarks>
/// The API server's order for a create or update is: <see cref="Prune"/> (report the paths as strict field
/// validation's <c>unknown field "..."</c>), then <see cref="ApplyDefaults"/>, then <see cref="Validate"/> with the
/// stored object as <c>oldInstance</c> on update. Objects read back from storage are pruned and defaulted again.
/// Root metadata (name, namespace, labels, ...) is not checked here beyond what the schema says about it; that is
/// ObjectMeta validation, common to every kind.
/// </remarks>
public sealed class StructuralSchema
{
    private const string NotCheckedDetail =
        "some validation rules were not checked because the object was invalid; correct the existing errors to complete validation";

    private readonly SchemaNode _root;

    private StructuralSchema(SchemaNode root)
    {
        _root = root;
    }

    /// <summary>
    /// Parses one version's openAPIV3Schema. Throws <see cref="SchemaFormatException"/> (naming the schema path)
    /// when it is not a structural schema, uses something unsupported, or has a CEL rule that does not compile.
    /// </summary>
    public static StructuralSchema Parse(JsonNode openApiV3Schema)
    {
        ArgumentNullException.ThrowIfNull(openApiV3Schema);
        return new StructuralSchema(SchemaParser.ParseRoot(openApiV3Schema));
    }

    /// <summary>
    /// Parses the schema of every version of a CustomResourceDefinition (apiextensions.k8s.io/v1), keyed by version
    /// name. Schema errors name their place in the CRD (<c>spec.versions[0].schema.openAPIV3Schema...</c>).
    /// </summary>
    public static IReadOnlyDictionary<string, StructuralSchema> ParseVersions(JsonNode customResourceDefinition)
    {
        ArgumentNullException.ThrowIfNull(customResourceDefinition);
        var result = new Dictionary<string, StructuralSchema>(StringComparer.Ordinal);
        if (customResourceDefinition["spec"]?["versions"] is not JsonArray versions)
        {
            throw new SchemaFormatException("spec.versions", "Required value: must have at least one version");
        }

        for (var i = 0; i < versions.Count; i++)
        {
            var name = versions[i]?["name"]?.GetValue<string>()
                ?? throw new SchemaFormatException($"spec.versions[{i}].name", "Required value");
            var schema = versions[i]?["schema"]?["openAPIV3Schema"]
                ?? throw new SchemaFormatException($"spec.versions[{i}].schema.openAPIV3Schema", "Required value: schemas are required");
            try
            {
                result[name] = Parse(schema);
            }
            catch (SchemaFormatException e)
            {
                throw new SchemaFormatException($"spec.versions[{i}].schema.{e.SchemaPath}", e.Detail);
            }
        }

        return result;
    }

    /// <summary>Applies the schema's defaults in place, as the API server does on every read and write.</summary>
    public void ApplyDefaults(JsonNode instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        Defaulter.Apply(_root, instance);
    }

    /// <summary>
    /// Removes fields the schema does not know, in place, and returns their paths as strict field validation
    /// reports them (<c>spec.foo</c>, <c>spec.data[0].bar</c>).
    /// </summary>
    public IReadOnlyList<string> Prune(JsonNode instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var pruned = new List<string>();
        Pruner.Prune(_root, instance, string.Empty, pruned);
        return pruned;
    }

    /// <summary>
    /// Validates an object (already pruned and defaulted, as the API server validates) against the OpenAPI schema,
    /// the list-type and embedded-resource rules and the CEL rules. On update (<paramref name="oldInstance"/>
    /// given) transition rules run, and values unchanged from the old object are not re-validated (ratcheting).
    /// </summary>
    public IReadOnlyList<FieldError> Validate(JsonNode instance, JsonNode? oldInstance = null)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var errors = new List<FieldError>();
        OpenApiValidator.Validate(_root, instance, oldInstance, errors);
        EmbeddedResourceValidator.Validate(_root, instance, string.Empty, errors);
        ListTypeValidator.Validate(_root, instance, string.Empty, errors);
        if (errors.Any(e => e.Type is FieldErrorType.NotSupported or FieldErrorType.TypeInvalid))
        {
            // The API server does not run CEL over an object whose types or enums are wrong.
            if (_root.HasRulesBelow)
            {
                errors.Add(FieldError.Invalid(string.Empty, "\"null\"", NotCheckedDetail));
            }

            return errors;
        }

        CelRuleValidator.Validate(_root, instance, oldInstance, errors);
        return errors;
    }
}
