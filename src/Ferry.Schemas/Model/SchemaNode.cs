using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Ferry.Schemas.Model;

/// <summary>One node of a parsed structural schema. Built once by <see cref="SchemaParser"/>, then read-only.</summary>
internal sealed class SchemaNode
{
    /// <summary>Where this node sits in the openAPIV3Schema, for schema errors.</summary>
    public string SchemaPath { get; set; } = "openAPIV3Schema";

    public string Type { get; set; } = string.Empty;

    public string? Format { get; set; }

    public bool Nullable { get; set; }

    public JsonNode? Default { get; set; }

    public bool HasDefault { get; set; }

    public Dictionary<string, SchemaNode> Properties { get; } = new(StringComparer.Ordinal);

    public SchemaNode? Items { get; set; }

    /// <summary>The schema of map values when additionalProperties is a schema.</summary>
    public SchemaNode? AdditionalProperties { get; set; }

    /// <summary>additionalProperties: true, a map whose values are kept as they are.</summary>
    public bool AdditionalPropertiesAllowed { get; set; }

    public List<string> Required { get; } = [];

    public List<JsonNode?>? Enum { get; set; }

    public double? Maximum { get; set; }

    public bool ExclusiveMaximum { get; set; }

    public double? Minimum { get; set; }

    public bool ExclusiveMinimum { get; set; }

    public double? MultipleOf { get; set; }

    public string? Pattern { get; set; }

    public Regex? PatternRegex { get; set; }

    public long? MaxLength { get; set; }

    public long? MinLength { get; set; }

    public long? MaxItems { get; set; }

    public long? MinItems { get; set; }

    public bool UniqueItems { get; set; }

    public long? MaxProperties { get; set; }

    public long? MinProperties { get; set; }

    public List<SchemaNode> AllOf { get; } = [];

    public List<SchemaNode> AnyOf { get; } = [];

    public List<SchemaNode> OneOf { get; } = [];

    public SchemaNode? Not { get; set; }

    public bool IntOrString { get; set; }

    public bool PreserveUnknownFields { get; set; }

    public bool EmbeddedResource { get; set; }

    /// <summary>atomic, set or map; null when unset (atomic).</summary>
    public string? ListType { get; set; }

    public List<string> ListMapKeys { get; } = [];

    public string? MapType { get; set; }

    public List<ValidationRule> Rules { get; } = [];

    /// <summary>True when any node at or below this one carries CEL rules (lets validation skip clean subtrees).</summary>
    public bool HasRulesBelow { get; set; }

    /// <summary>True for the root of a custom resource (apiVersion, kind and metadata are the API server's).</summary>
    public bool IsRoot { get; set; }

    /// <summary>Whether an object value has a property schema for <paramref name="name"/>.</summary>
    public SchemaNode? PropertyOrAdditional(string name) =>
        Properties.TryGetValue(name, out var property) ? property : AdditionalProperties;
}
