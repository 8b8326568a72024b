using System.Text.Json.Nodes;
using Ferry.LocalCluster.Semantics;
using Ferry.Schemas;

namespace Ferry.LocalCluster.Crds;

/// <summary>Ferry.Schemas behind the server's schema seam: defaulting, pruning, validation with CEL, in kube-apiserver's words.</summary>
internal sealed class StructuralSchemaAdapter : ICustomResourceSchema
{
    private readonly StructuralSchema _schema;
    private readonly JsonObject _raw;

    public StructuralSchemaAdapter(StructuralSchema schema, JsonObject raw)
    {
        _schema = schema;
        _raw = raw;
    }

    public void ApplyDefaults(JsonObject value) => _schema.ApplyDefaults(value);

    public List<string> Prune(JsonObject value) => [.. _schema.Prune(value)];

    public IReadOnlyList<Http.FieldError> Validate(JsonObject value, JsonObject? old) =>
        [.. _schema.Validate(value, old).Select(e => Http.FieldError.Preformatted(e.Field, e.Reason, e.Body))];

    public ListType ListTypeAt(IReadOnlyList<string> path) =>
        BasicSchema.SchemaAt(_raw, path) is { } schema ? BasicSchema.ListTypeOf(schema) : ListType.Atomic;
}
