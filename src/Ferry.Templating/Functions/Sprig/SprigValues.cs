using System.Globalization;
using System.Numerics;
using Ferry.Templating.Formatting;
using Ferry.Templating.Values;

namespace Ferry.Templating.Functions.Sprig;

/// <summary>Sprig's conversions: strval, the spf13/cast number rules, and its notion of "empty".</summary>
internal static class SprigValues
{
    public static GoString Str(string text) => GoString.FromUtf8(text);

    public static string Text(object? value) => ((GoString)value!).ToUtf8String();

    public static GoString Bytes(object? value) => (GoString)value!;

    /// <summary>sprig's strval (toString): strings as is, Stringers through String, everything else as %v.</summary>
    public static GoString StrVal(object? value) => value switch
    {
        GoString s => s,
        GoObject { StringForm: { } text } => Str(text),
        _ => GoFormatter.Sprint([value]),
    };

    /// <summary>sprig's empty: nil, false, zero numbers and empty strings or collections.</summary>
    public static bool IsEmpty(object? value) => value switch
    {
        null or Missing => true,
        GoObject => false,
        GoFunction => false,
        _ => !GoValues.IsTrue(value),
    };

    /// <summary>spf13/cast ToInt64: numbers truncate, strings parse with Go's base prefixes, anything else is 0.</summary>
    public static long ToInt64(object? value)
    {
        switch (value)
        {
            case long l:
                return l;
            case GoInt64 l:
                return l.Value;
            case byte b:
                return b;
            case ulong u:
                return unchecked((long)u);
            case double d:
                return double.IsNaN(d) ? 0 : (long)d;
            case bool b:
                return b ? 1 : 0;
            case GoString s:
                return ParseCastInteger(s.ToUtf8String());
            default:
                return 0;
        }
    }

    /// <summary>spf13/cast ToFloat64.</summary>
    public static double ToFloat64(object? value)
    {
        switch (value)
        {
            case double d:
                return d;
            case bool b:
                return b ? 1 : 0;
            case GoString s:
                return double.TryParse(s.ToUtf8String(), NumberStyles.Float, CultureInfo.InvariantCulture, out var f) ? f : 0;
            default:
                return GoValues.TryGetInteger(value, out var l) ? l : 0;
        }
    }

    private static long ParseCastInteger(string text)
    {
        var trimmed = text;
        var dot = trimmed.IndexOf('.', StringComparison.Ordinal);
        if (dot >= 0 && trimmed[(dot + 1)..].All(c => c == '0'))
        {
            trimmed = trimmed[..dot];
        }

        var node = new Parsing.NumberNode(0, trimmed);
        var error = Parsing.GoLiterals.ParseNumber(node, Parsing.TokenKind.Number);
        return error is null && node.IsInt && !trimmed.Contains('.', StringComparison.Ordinal)
            && trimmed.IndexOfAny(['e', 'E', 'p', 'P', 'i']) < 0 ? node.Int64 : 0;
    }

    /// <summary>The elements of a slice argument (sprig's list helpers take interface{} and reflect on it).</summary>
    public static bool TryList(object? value, out GoList list)
    {
        if (value is GoList l)
        {
            list = l;
            return true;
        }

        list = null!;
        return false;
    }

    public static GoList RequireList(object? value, string function, string verb = "")
    {
        if (value is GoList list)
        {
            return list;
        }

        throw new TemplateFunctionException(
            $"Cannot {(verb.Length == 0 ? function : verb)} on type {GoValues.TypeName(value)}");
    }

    /// <summary>Go's reflect.DeepEqual over template values.</summary>
    public static bool DeepEqual(object? a, object? b) => DeepEqual(a, b, 0);

    private static bool DeepEqual(object? a, object? b, int depth)
    {
        if (depth > GoFormatter.MaxDepth)
        {
            throw new TemplateFunctionException(GoFormatter.NestingMessage);
        }

        if (a is null || b is null)
        {
            return a is null && b is null;
        }

        if (GoValues.TypeOf(a) != GoValues.TypeOf(b))
        {
            return false;
        }

        return a switch
        {
            GoList la => b is GoList lb && la.Count == lb.Count && la.Items.Zip(lb.Items).All(p => DeepEqual(p.First, p.Second, depth + 1)),
            GoMap ma => b is GoMap mb && ma.Count == mb.Count
                && ma.Entries.All(e => mb.Entries.TryGetValue(e.Key, out var other) && DeepEqual(e.Value, other, depth + 1)),
            Complex ca => b is Complex cb && ca == cb,
            _ => Equals(a, b),
        };
    }

    /// <summary>Go's reflect.Kind name, which sprig quotes in its errors.</summary>
    public static string KindName(object? value) => GoValues.KindOf(value) switch
    {
        GoKind.Invalid => "invalid",
        GoKind.Int => "int",
        GoKind.Int64 => "int64",
        GoKind.Uint8 => "uint8",
        GoKind.Uint32 => "uint32",
        GoKind.Uint64 => "uint64",
        GoKind.Float64 => "float64",
        GoKind.Complex128 => "complex128",
        GoKind.Bool => "bool",
        GoKind.String => "string",
        GoKind.Slice => "slice",
        GoKind.Map => "map",
        GoKind.Func => "func",
        _ => "struct",
    };
}
