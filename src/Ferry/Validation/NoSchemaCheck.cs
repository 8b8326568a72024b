using System.Text.Json.Nodes;

namespace Ferry.Validation;

/// <summary>A schema step that knows no schema: admission rules still run, on the document as written.</summary>
internal sealed class NoSchemaCheck : ISchemaCheck
{
    public static NoSchemaCheck Instance { get; } = new();

    public SchemaCheckResult? Check(ServedKind kind, string apiVersion, JsonObject document) => null;
}
