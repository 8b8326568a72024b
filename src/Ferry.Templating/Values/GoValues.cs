using System.Numerics;

using Ferry.Templating.Functions;

namespace Ferry.Templating.Values;

/// <summary>Go's view of template values: their type, their zero values and their truth.</summary>
public static class GoValues
{
    /// <summary>The dynamic Go type of a value; nil and "no value" have none (null).</summary>
    public static GoType? TypeOf(object? value) => value switch
    {
        null or Missing => null,
        GoString => GoType.String,
        long => GoType.Int,
        GoInt64 => GoType.Int64,
        byte => GoType.Uint8,
        uint => GoType.Uint32,
        ulong => GoType.Uint64,
        double => GoType.Float64,
        bool => GoType.Bool,
        Complex => GoType.Complex128,
        GoList list => list.Type,
        GoMap map => map.Type,
        GoObject obj => obj.Type,
        GoFunction => GoType.Func,
        _ => throw new InvalidOperationException($"Not a template value: {value.GetType().Name}."),
    };

    public static GoKind KindOf(object? value) => TypeOf(value)?.Kind ?? GoKind.Invalid;

    /// <summary>The type name Go prints for a value, <c>&lt;nil&gt;</c> for nil.</summary>
    public static string TypeName(object? value) => TypeOf(value)?.Name ?? "<nil>";

    public static object? ZeroOf(GoType type) => type.Kind switch
    {
        GoKind.String => GoString.Empty,
        GoKind.Int => 0L,
        GoKind.Int64 => new GoInt64(0),
        GoKind.Uint8 => (byte)0,
        GoKind.Uint32 => 0U,
        GoKind.Uint64 => 0UL,
        GoKind.Float64 => 0.0,
        GoKind.Bool => false,
        GoKind.Complex128 => Complex.Zero,
        _ => null,
    };

    /// <summary>
    /// Go's truth: false, zero numbers, empty strings and collections, nil and no value are false; everything else
    /// (structs included) is true.
    /// </summary>
    public static bool IsTrue(object? value) => value switch
    {
        null or Missing => false,
        bool b => b,
        GoString s => s.Length > 0,
        long l => l != 0,
        GoInt64 l => l.Value != 0,
        byte b => b != 0,
        uint u => u != 0,
        ulong u => u != 0,
        double d => d != 0,
        Complex c => c != Complex.Zero,
        GoList list => list.Count > 0,
        GoMap map => map.Count > 0,
        _ => true,
    };

    /// <summary>The value as a signed integer, when it is of an integer kind.</summary>
    public static bool TryGetInteger(object? value, out long result)
    {
        switch (value)
        {
            case long l:
                result = l;
                return true;
            case GoInt64 l:
                result = l.Value;
                return true;
            case byte b:
                result = b;
                return true;
            case uint u:
                result = u;
                return true;
            case ulong u:
                result = unchecked((long)u);
                return true;
            default:
                result = 0;
                return false;
        }
    }

    public static GoString Str(string text) => GoString.FromUtf8(text);
}
