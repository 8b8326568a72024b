using System.Text.Json.Nodes;
using Ferry.Api;

namespace Ferry.Validation;

/// <summary>
/// The CRD schema step of <c>ferry validate</c>, as the API server runs it on create: apply the schema defaults,
/// prune unknown fields (reported as errors, as <c>kubectl apply</c> strict field validation reports them), then
/// validate types, enums, formats, bounds and CEL rules.
/// </summary>
internal interface ISchemaCheck
{
    /// <summary>The defaulted, pruned document and its problems; null when no schema is known for the kind.</summary>
    SchemaCheckResult? Check(ApiKind kind, JsonObject document);
}
