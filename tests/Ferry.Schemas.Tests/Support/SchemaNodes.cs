using System.Text.Json.Nodes;
using Ferry.Schemas.Model;

namespace Ferry.Schemas.Tests.Support;

/// <summary>Parses a schema into its internal node form, for tests of the parts below StructuralSchema.</summary>
internal static class SchemaNodes
{
    public static SchemaNode Parse(JsonNode schema) => SchemaParser.ParseRoot(schema);
}
