namespace Ferry.Schemas.Values;

/// <summary>The OpenAPI type of a decoded JSON value, as kube-openapi names it in "must be of type" errors.</summary>
internal enum JsonKind
{
    Null,
    Boolean,
    Integer,
    Number,
    String,
    Array,
    Object,
}
