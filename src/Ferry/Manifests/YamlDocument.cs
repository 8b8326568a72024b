using System.Text.Json.Nodes;

namespace Ferry.Manifests;

/// <summary>One document of a YAML stream, converted to JSON as kubectl converts it.</summary>
/// <param name="Index">The document's position in its stream, from 1.</param>
/// <param name="Line">The line where the document starts, from 1.</param>
/// <param name="Content">The document as JSON; null for an empty document.</param>
public sealed record YamlDocument(int Index, int Line, JsonNode? Content);
