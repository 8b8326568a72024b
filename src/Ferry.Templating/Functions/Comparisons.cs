using System.Numerics;
using Ferry.Templating.Execution;
using Ferry.Templating.Values;

namespace Ferry.Templating.Functions;

/// <summary>Go's eq, lt and le: values are grouped into basic kinds and only compare within a kind.</summary>
internal static class Comparisons
{
    private enum BasicKind
    {
        Invalid,
        Bool,
        Complex,
        Int,
        Float,
        String,
        Uint,
    }

    private static BasicKind KindOf(object? value) => value switch
    {
        bool => BasicKind.Bool,
        long or GoInt64 => BasicKind.Int,
        byte or uint or ulong => BasicKind.Uint,
        double => BasicKind.Float,
        Complex => BasicKind.Complex,
        GoString => BasicKind.String,
        _ => BasicKind.Invalid,
    };

    private static ulong Unsigned(object? value) => value switch
    {
        byte b => b,
        uint u => u,
        ulong u => u,
        _ => 0,
    };

    private static long Signed(object? value) => value switch
    {
        long l => l,
        GoInt64 l => l.Value,
        _ => 0,
    };

    public static bool Equal(Slot first, Slot[] others)
    {
        if (others.Length == 0)
        {
            throw new TemplateFunctionException("missing argument for comparison");
        }

        var a = first.IsInvalid ? null : first.Value;
        var k1 = first.IsInvalid ? BasicKind.Invalid : KindOf(a);
        foreach (var other in others)
        {
            var b = other.IsInvalid ? null : other.Value;
            var k2 = other.IsInvalid ? BasicKind.Invalid : KindOf(b);
            bool truth;
            if (k1 != k2)
            {
                if (k1 == BasicKind.Int && k2 == BasicKind.Uint)
                {
                    truth = Signed(a) >= 0 && (ulong)Signed(a) == Unsigned(b);
                }
                else if (k1 == BasicKind.Uint && k2 == BasicKind.Int)
                {
                    truth = Signed(b) >= 0 && Unsigned(a) == (ulong)Signed(b);
                }
                else
                {
                    if (!first.IsInvalid && !other.IsInvalid)
                    {
                        // Go 1.26 names both types; Go 1.19 said only "incompatible types for comparison".
                        throw new TemplateFunctionException(
                            $"incompatible types for comparison: {GoValues.TypeName(a)} and {GoValues.TypeName(b)}");
                    }

                    truth = false;
                }
            }
            else
            {
                truth = k1 switch
                {
                    BasicKind.Bool => (bool)a! == (bool)b!,
                    BasicKind.Complex => (Complex)a! == (Complex)b!,
                    BasicKind.Float => (double)a! == (double)b!,
                    BasicKind.Int => Signed(a) == Signed(b),
                    BasicKind.String => ((GoString)a!).Equals((GoString)b!),
                    BasicKind.Uint => Unsigned(a) == Unsigned(b),
                    _ => EqualOther(first, other),
                };
            }

            if (truth)
            {
                return true;
            }
        }

        return false;
    }

    private static bool EqualOther(Slot first, Slot other)
    {
        var aNil = first.IsInvalid || first.Value is null;
        var bNil = other.IsInvalid || other.Value is null;
        var aKind = first.IsInvalid ? GoKind.Invalid : GoValues.KindOf(first.Value);
        var bKind = other.IsInvalid ? GoKind.Invalid : GoValues.KindOf(other.Value);
        if (aKind != bKind && aKind != GoKind.Invalid && bKind != GoKind.Invalid)
        {
            throw TemplateFunctionException.WithValues(
                "non-comparable types %s: %v, %s: %v",
                first.Value,
                GoString.FromUtf8(GoValues.TypeName(first.Value)),
                GoString.FromUtf8(GoValues.TypeName(other.Value)),
                other.Value);
        }

        if (aNil || bNil)
        {
            return aNil == bNil;
        }

        if (other.Value is GoMap or GoList or GoFunction)
        {
            throw TemplateFunctionException.WithValues(
                "non-comparable type %s: %v", other.Value, GoString.FromUtf8(GoValues.TypeName(other.Value)));
        }

        return Equals(first.Value, other.Value);
    }

    public static bool Less(Slot first, Slot second)
    {
        var k1 = first.IsInvalid ? BasicKind.Invalid : KindOf(first.Value);
        if (k1 == BasicKind.Invalid)
        {
            throw new TemplateFunctionException("invalid type for comparison");
        }

        var k2 = second.IsInvalid ? BasicKind.Invalid : KindOf(second.Value);
        if (k2 == BasicKind.Invalid)
        {
            throw new TemplateFunctionException("invalid type for comparison");
        }

        var a = first.Value;
        var b = second.Value;
        if (k1 != k2)
        {
            if (k1 == BasicKind.Int && k2 == BasicKind.Uint)
            {
                return Signed(a) < 0 || (ulong)Signed(a) < Unsigned(b);
            }

            if (k1 == BasicKind.Uint && k2 == BasicKind.Int)
            {
                return Signed(b) >= 0 && Unsigned(a) < (ulong)Signed(b);
            }

            // Go 1.26 names both types; Go 1.19 said only "incompatible types for comparison".
            throw new TemplateFunctionException(
                $"incompatible types for comparison: {GoValues.TypeName(a)} and {GoValues.TypeName(b)}");
        }

        return k1 switch
        {
            BasicKind.Bool or BasicKind.Complex => throw new TemplateFunctionException("invalid type for comparison"),
            BasicKind.Float => (double)a! < (double)b!,
            BasicKind.Int => Signed(a) < Signed(b),
            BasicKind.String => ((GoString)a!).CompareTo((GoString)b!) < 0,
            _ => Unsigned(a) < Unsigned(b),
        };
    }

    public static bool LessOrEqual(Slot first, Slot second) => Less(first, second) || Equal(first, [second]);
}
