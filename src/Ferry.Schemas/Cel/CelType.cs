using Ferry.Schemas.Model;

namespace Ferry.Schemas.Cel;

/// <summary>A static CEL type, derived from the schema as Kubernetes declares <c>self</c> for the type checker.</summary>
internal sealed record CelType(CelTypeKind Kind)
{
    public static readonly CelType Dyn = new(CelTypeKind.Dyn);
    public static readonly CelType Bool = new(CelTypeKind.Bool);
    public static readonly CelType Int = new(CelTypeKind.Int);
    public static readonly CelType Uint = new(CelTypeKind.Uint);
    public static readonly CelType Double = new(CelTypeKind.Double);
    public static readonly CelType String = new(CelTypeKind.String);
    public static readonly CelType Bytes = new(CelTypeKind.Bytes);
    public static readonly CelType Null = new(CelTypeKind.Null);
    public static readonly CelType Timestamp = new(CelTypeKind.Timestamp);
    public static readonly CelType Duration = new(CelTypeKind.Duration);

    public CelType? Element { get; init; }

    public SchemaNode? Schema { get; init; }

    public static CelType ListOf(CelType element) => new(CelTypeKind.List) { Element = element };

    public static CelType MapOf(CelType value) => new(CelTypeKind.Map) { Element = value };

    public static CelType OptionalOf(CelType value) => new(CelTypeKind.Optional) { Element = value };

    /// <summary>The type Kubernetes gives a value of this schema.</summary>
    public static CelType FromSchema(SchemaNode? schema)
    {
        if (schema is null || schema.IntOrString)
        {
            return Dyn;
        }

        return schema.Type switch
        {
            "boolean" => Bool,
            "integer" => Int,
            "number" => Double,
            // Kubernetes types formatted strings: byte as bytes, date-time and date as timestamps, duration as durations.
            "string" => schema.Format switch
            {
                "byte" => Bytes,
                "date-time" or "datetime" or "date" => Timestamp,
                "duration" => Duration,
                _ => String,
            },
            "array" => ListOf(FromSchema(schema.Items)),
            "object" when schema.AdditionalProperties is not null => MapOf(FromSchema(schema.AdditionalProperties)),
            "object" when schema.AdditionalPropertiesAllowed => MapOf(Dyn),
            "object" when schema.Properties.Count == 0 && (schema.PreserveUnknownFields || schema.EmbeddedResource) => Dyn,
            "object" => new CelType(CelTypeKind.Object) { Schema = schema },
            _ => Dyn,
        };
    }

    public bool IsDynOr(CelTypeKind kind) => Kind == CelTypeKind.Dyn || Kind == kind;

    public string Describe() => Kind switch
    {
        CelTypeKind.List => $"list({Element?.Describe() ?? "dyn"})",
        CelTypeKind.Map => $"map(string, {Element?.Describe() ?? "dyn"})",
        CelTypeKind.Object => "object",
        CelTypeKind.Timestamp => "google.protobuf.Timestamp",
        CelTypeKind.Duration => "google.protobuf.Duration",
        CelTypeKind.Optional => $"optional_type({Element?.Describe() ?? "dyn"})",
        _ => Kind.ToString().ToLowerInvariant(),
    };
}
