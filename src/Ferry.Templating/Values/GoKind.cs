namespace Ferry.Templating.Values;

/// <summary>The subset of Go's reflect kinds that template values can have.</summary>
public enum GoKind
{
    Invalid,
    Bool,
    Int,
    Int64,
    Uint8,
    Uint32,
    Uint64,
    Float64,
    Complex128,
    String,
    Slice,
    Map,
    Func,
    Interface,
    Struct,
}
