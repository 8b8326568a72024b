using System.Text.Json.Nodes;
using Ferry.Api;

namespace Ferry.Validation;

/// <summary>A schema step that knows no schema: admission rules still run, on the document as written.</summary>
internal sealed class NoSchemaCheck : ISchemaCheck
{
    public static NoSchemaCheck Instance { get; } = new();

    public SchemaCheckResult? Check(ApiKind kind, JsonObject document) => null;
}
