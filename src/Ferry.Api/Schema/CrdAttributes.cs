namespace Ferry.Api.Schema;

// The vocabulary the CRD generator reads from the API types: the C# counterpart of kubebuilder's markers.
// Each attribute states one fact of the OpenAPI v3 schema or of the CRD itself; the generator
// (src/Ferry/Crds) turns the types plus these facts into the CRD YAML in deploy/crds.

/// <summary>Whether a custom resource lives in a namespace or in the cluster.</summary>
public enum ResourceScope
{
    Namespaced,
    Cluster,
}

/// <summary>The CRD-level facts of a kind: scope, names, categories, and which version stores it.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class CustomResourceAttribute : Attribute
{
    public ResourceScope Scope { get; init; } = ResourceScope.Namespaced;

    public string[] ShortNames { get; init; } = [];

    public string[] Categories { get; init; } = [];

    /// <summary>Whether this version is the storage version.</summary>
    public bool Storage { get; init; } = true;

    /// <summary>Whether the status subresource is enabled.</summary>
    public bool StatusSubresource { get; init; } = true;
}

/// <summary>A column `kubectl get` prints, in declaration order.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class PrinterColumnAttribute(string name, string type, string jsonPath) : Attribute
{
    public string Name { get; } = name;

    public string Type { get; } = type;

    public string JsonPath { get; } = jsonPath;

    public string? Description { get; init; }

    public string? Format { get; init; }

    public int Priority { get; init; }

    /// <summary>Orders columns; attributes are not guaranteed to come back in source order by reflection.</summary>
    public int Order { get; init; }
}

/// <summary>A field the API server lets clients select on with a field selector.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class SelectableFieldAttribute(string jsonPath) : Attribute
{
    public string JsonPath { get; } = jsonPath;

    public int Order { get; init; }
}

/// <summary>A field the schema requires.</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed class RequiredAttribute : Attribute;

/// <summary>The allowed values of a string field, when they are not a C# enum.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Enum, AllowMultiple = false)]
public sealed class EnumValuesAttribute(params string[] values) : Attribute
{
    public string[] Values { get; } = values;
}

/// <summary>The schema default, as a JSON literal: <c>"\"1h0m0s\""</c>, <c>"24"</c>, <c>"{\"a\":1}"</c>.</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed class DefaultAttribute(string json) : Attribute
{
    public string Json { get; } = json;
}

/// <summary>A string pattern (ECMA 262 in the schema, as the API server reads it).</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed class PatternAttribute(string pattern) : Attribute
{
    public string Pattern { get; } = pattern;
}

/// <summary>Numeric and length bounds. Unset values (NaN or -1) are not emitted.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Class, AllowMultiple = false)]
public sealed class BoundsAttribute : Attribute
{
    public double Minimum { get; init; } = double.NaN;

    public double Maximum { get; init; } = double.NaN;

    public bool ExclusiveMinimum { get; init; }

    public bool ExclusiveMaximum { get; init; }

    public long MinLength { get; init; } = -1;

    public long MaxLength { get; init; } = -1;

    public long MinItems { get; init; } = -1;

    public long MaxItems { get; init; } = -1;

    public long MinProperties { get; init; } = -1;

    public long MaxProperties { get; init; } = -1;
}

/// <summary>The OpenAPI format when the C# type does not imply it (int32, int64, date-time and byte are implied).</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed class FormatAttribute(string format) : Attribute
{
    public string Format { get; } = format;
}

/// <summary>An x-kubernetes-validations CEL rule, on a type (applies where the type is used) or on a property.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Class, AllowMultiple = true)]
public sealed class CelRuleAttribute(string rule) : Attribute
{
    public string Rule { get; } = rule;

    public string? Message { get; init; }

    public string? MessageExpression { get; init; }

    public string? Reason { get; init; }

    public string? FieldPath { get; init; }

    public bool OptionalOldSelf { get; init; }

    public int Order { get; init; }
}

/// <summary>x-kubernetes-list-type (atomic, set, map) and, for map lists, x-kubernetes-list-map-keys.</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed class ListTypeAttribute(string listType, params string[] mapKeys) : Attribute
{
    public string ListType { get; } = listType;

    public string[] MapKeys { get; } = mapKeys;
}

/// <summary>x-kubernetes-map-type (atomic or granular), on a type or a property.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Class, AllowMultiple = false)]
public sealed class MapTypeAttribute(string mapType) : Attribute
{
    public string MapType { get; } = mapType;
}

/// <summary>x-kubernetes-preserve-unknown-fields: the subtree is free-form JSON the API server keeps as is.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Class, AllowMultiple = false)]
public sealed class PreserveUnknownFieldsAttribute : Attribute;

/// <summary>x-kubernetes-embedded-resource: the subtree is a whole Kubernetes object.</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed class EmbeddedResourceAttribute : Attribute;

/// <summary>nullable: true in the schema.</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed class SchemaNullableAttribute : Attribute;

/// <summary>
/// The property is of a provider Ferry does not implement: its schema is free-form, so manifests that use it
/// round-trip unchanged and the store reports the provider as unsupported.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed class OpaqueProviderAttribute : Attribute;

/// <summary>
/// The integer schema states no format although the C# type implies one: Go's plain <c>int</c> becomes an
/// integer without format in ESO's CRDs, while <c>int32</c>/<c>int64</c> carry one.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed class NoFormatAttribute : Attribute;

/// <summary>Facts of a list's scalar items (the <c>items</c> schema of a <c>List&lt;string&gt;</c>).</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed class ItemsAttribute : Attribute
{
    public string? Pattern { get; init; }

    public long MinLength { get; init; } = -1;

    public long MaxLength { get; init; } = -1;
}

/// <summary>The schema's <c>example</c>, as a JSON literal.</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed class ExampleAttribute(string json) : Attribute
{
    public string Json { get; } = json;
}

/// <summary>
/// With <see cref="PreserveUnknownFieldsAttribute"/>: the schema has no <c>type</c>, so the value may be any JSON
/// value, not only an object (Go's <c>apiextensionsv1.JSON</c> fields, such as PushSecret's <c>metadata</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed class AnyJsonValueAttribute : Attribute;
