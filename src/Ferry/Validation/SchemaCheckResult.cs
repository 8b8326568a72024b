using System.Text.Json.Nodes;

namespace Ferry.Validation;

/// <summary>The document after defaulting and pruning, and what the schema found wrong with it.</summary>
internal sealed record SchemaCheckResult(JsonObject Document, IReadOnlyList<FieldIssue> Issues);
