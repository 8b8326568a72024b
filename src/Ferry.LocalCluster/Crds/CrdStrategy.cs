using System.Text.Json.Nodes;
using Ferry.LocalCluster.Http;
using Ferry.LocalCluster.Semantics;

namespace Ferry.LocalCluster.Crds;

/// <summary>apiextensions.k8s.io/v1 CustomResourceDefinition: defaulting and the validation kube-apiserver applies.</summary>
internal sealed class CrdStrategy : ResourceStrategy
{
    public const string CleanupFinalizer = "customresourcecleanup.apiextensions.k8s.io";

    private static readonly string[] Fields = ["spec", "status"];

    private readonly ICustomResourceSchemaFactory _schemas;

    public CrdStrategy(ICustomResourceSchemaFactory schemas)
    {
        _schemas = schemas;
    }

    public override bool TracksGeneration => true;

    protected override IReadOnlyCollection<string> KnownFields => Fields;

    public override IReadOnlyCollection<string> StructFields { get; } = ["spec", "spec.names", "status", "status.acceptedNames"];

    public override void PrepareForCreate(JsonObject value)
    {
        value.Remove("status");
        Default(value);
        var finalizers = JsonFields.Finalizers(value);
        if (!finalizers.Contains(CleanupFinalizer))
        {
            finalizers.Add(CleanupFinalizer);
        }

        JsonFields.SetFinalizers(value, finalizers);
    }

    public override void PrepareForUpdate(JsonObject value, JsonObject old) => Default(value);

    public override void Validate(JsonObject value, JsonObject? old, List<FieldError> errors)
    {
        var spec = JsonFields.Object(value, "spec");
        var group = JsonFields.String(spec, "group") ?? string.Empty;
        var names = JsonFields.Object(spec, "names");
        var plural = JsonFields.String(names, "plural") ?? string.Empty;
        var name = JsonFields.String(JsonFields.Metadata(value), "name") ?? string.Empty;
        if (group.Length == 0)
        {
            errors.Add(FieldError.Required("spec.group"));
        }
        else if (!group.Contains('.', StringComparison.Ordinal))
        {
            errors.Add(FieldError.Invalid("spec.group", group, "should be a domain with at least one dot"));
        }

        if (plural.Length == 0)
        {
            errors.Add(FieldError.Required("spec.names.plural"));
        }

        if (string.IsNullOrEmpty(JsonFields.String(names, "kind")))
        {
            errors.Add(FieldError.Required("spec.names.kind"));
        }

        if (!string.Equals(name, $"{plural}.{group}", StringComparison.Ordinal))
        {
            errors.Add(FieldError.Invalid("metadata.name", name, "must be spec.names.plural+\".\"+spec.group"));
        }

        var scope = JsonFields.String(spec, "scope");
        if (scope is not ("Namespaced" or "Cluster"))
        {
            errors.Add(new FieldError(FieldErrorType.NotSupported, "spec.scope", "supported values: \"Cluster\", \"Namespaced\"", JsonValue.Create(scope ?? string.Empty)));
        }

        ValidateVersions(JsonFields.Array(spec, "versions"), errors);
    }

    private void ValidateVersions(JsonArray? versions, List<FieldError> errors)
    {
        if (versions is null || versions.Count == 0)
        {
            errors.Add(FieldError.Invalid("spec.versions", null, "must have exactly one version marked as storage version"));
            return;
        }

        var storage = versions.Count(v => JsonFields.Bool(v, "storage"));
        if (storage != 1)
        {
            errors.Add(FieldError.Invalid("spec.versions", null, "must have exactly one version marked as storage version"));
        }

        for (var i = 0; i < versions.Count; i++)
        {
            var version = versions[i];
            if (string.IsNullOrEmpty(JsonFields.String(version, "name")))
            {
                errors.Add(FieldError.Required($"spec.versions[{i}].name"));
            }

            if (JsonFields.Object(JsonFields.Object(version, "schema"), "openAPIV3Schema") is not { } schema)
            {
                errors.Add(FieldError.Required($"spec.versions[{i}].schema.openAPIV3Schema", "schemas are required"));
                continue;
            }

            try
            {
                _schemas.Create(schema);
            }
            catch (ApiException exception)
            {
                errors.Add(FieldError.Invalid($"spec.versions[{i}].schema.openAPIV3Schema", null, exception.Message));
            }
        }
    }

    private static void Default(JsonObject value)
    {
        var spec = JsonFields.Object(value, "spec");
        if (spec is null)
        {
            return;
        }

        if (JsonFields.Object(spec, "names") is { } names)
        {
            var kind = JsonFields.String(names, "kind") ?? string.Empty;
            if (string.IsNullOrEmpty(JsonFields.String(names, "singular")))
            {
                names["singular"] = kind.ToLowerInvariant();
            }

            if (string.IsNullOrEmpty(JsonFields.String(names, "listKind")))
            {
                names["listKind"] = kind + "List";
            }
        }

        if (spec["conversion"] is null)
        {
            spec["conversion"] = new JsonObject { ["strategy"] = "None" };
        }
    }
}
