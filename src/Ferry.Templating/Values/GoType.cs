namespace Ferry.Templating.Values;

/// <summary>
/// A Go type as far as templates can observe it: its kind, its printed name (for <c>%T</c> and error texts) and,
/// for slices and maps, the element type. Types are compared by name, which is how Go prints them.
/// </summary>
public sealed class GoType : IEquatable<GoType>
{
    private GoType(GoKind kind, string name, GoType? element)
    {
        Kind = kind;
        Name = name;
        Element = element;
    }

    public GoKind Kind { get; }

    public string Name { get; }

    /// <summary>The element type of a slice or the value type of a map.</summary>
    public GoType? Element { get; }

    public static GoType Bool { get; } = new(GoKind.Bool, "bool", null);

    public static GoType Int { get; } = new(GoKind.Int, "int", null);

    public static GoType Int64 { get; } = new(GoKind.Int64, "int64", null);

    public static GoType Uint8 { get; } = new(GoKind.Uint8, "uint8", null);

    /// <summary>Go's uint32: only a parameter type (sprig's derivePassword counter); no function returns one.</summary>
    public static GoType Uint32 { get; } = new(GoKind.Uint32, "uint32", null);

    public static GoType Uint64 { get; } = new(GoKind.Uint64, "uint64", null);

    public static GoType Float64 { get; } = new(GoKind.Float64, "float64", null);

    public static GoType Complex128 { get; } = new(GoKind.Complex128, "complex128", null);

    public static GoType String { get; } = new(GoKind.String, "string", null);

    /// <summary>Go's empty interface, <c>interface {}</c>: every value is assignable to it.</summary>
    public static GoType Any { get; } = new(GoKind.Interface, "interface {}", null);

    /// <summary>A parameter of Go's <c>reflect.Value</c> type: it receives any value, even an invalid one.</summary>
    public static GoType ReflectValue { get; } = new(GoKind.Struct, "reflect.Value", null);

    public static GoType Func { get; } = new(GoKind.Func, "func", null);

    public static GoType ListOfAny { get; } = SliceOf(Any);

    public static GoType ListOfString { get; } = SliceOf(String);

    public static GoType MapOfAny { get; } = MapOf(Any);

    public static GoType MapOfString { get; } = MapOf(String);

    public static GoType SliceOf(GoType element) => new(GoKind.Slice, "[]" + element.Name, element);

    /// <summary>A map with string keys (the only maps templates build).</summary>
    public static GoType MapOf(GoType value) => new(GoKind.Map, "map[string]" + value.Name, value);

    /// <summary>A named type with methods or fields (time.Time, *semver.Version): opaque to the engine.</summary>
    public static GoType Named(string name, GoKind kind = GoKind.Struct) => new(kind, name, null);

    /// <summary>True for kinds whose zero value is nil in Go.</summary>
    public bool CanBeNil => Kind is GoKind.Interface or GoKind.Map or GoKind.Slice or GoKind.Func
        || this == ReflectValue;

    /// <summary>Go's assignability, reduced to what templates need: identical types, or any type to interface{}.</summary>
    public bool IsAssignableTo(GoType target) => target.Kind == GoKind.Interface || Equals(target);

    public bool Equals(GoType? other) => other is not null && string.Equals(Name, other.Name, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is GoType other && Equals(other);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Name);

    public override string ToString() => Name;

    public static bool operator ==(GoType? left, GoType? right) => left is null ? right is null : left.Equals(right);

    public static bool operator !=(GoType? left, GoType? right) => !(left == right);
}
