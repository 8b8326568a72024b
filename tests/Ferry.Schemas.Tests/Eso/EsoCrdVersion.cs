using System.Text.Json.Nodes;

namespace Ferry.Schemas.Tests.Eso;

internal sealed record EsoCrdVersion(string File, string Group, string Kind, string Version, JsonNode SchemaJson, StructuralSchema Schema);
