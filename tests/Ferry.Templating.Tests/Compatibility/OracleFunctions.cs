using Ferry.Templating.Functions;
using Ferry.Templating.Values;

namespace Ferry.Templating.Tests.Compatibility;

/// <summary>The functions tools/gotemplate-oracle/funcs.go registers, with the same Go signatures.</summary>
internal static class OracleFunctions
{
    public static FunctionLibrary Library { get; } = new("oracle",
    [
        new GoFunction("tUpper", [GoType.String], null, a => GoString.FromUtf8(((GoString)a[0]!).ToUtf8String().ToUpperInvariant())),
        new GoFunction("tAdd", [GoType.Any, GoType.Any], null, a => new GoInt64(ToInt64(a[0]) + ToInt64(a[1]))),
        new GoFunction("tTrunc", [GoType.Int, GoType.String], null, a =>
        {
            var c = (long)a[0]!;
            var s = (GoString)a[1]!;
            return c >= 0 && s.Length > c ? s.Slice(0, (int)c) : s;
        }),
        new GoFunction("tFail", [GoType.String], null, a => throw new TemplateFunctionException(((GoString)a[0]!).ToUtf8String())),
        new GoFunction("tList", [], GoType.Any, a => GoList.OfAny(a)),
        new GoFunction("tDict", [], GoType.Any, a =>
        {
            var map = GoMap.OfAny();
            for (var i = 0; i + 1 < a.Length; i += 2)
            {
                map.Entries[Formatting.GoFormatter.Sprint([a[i]])] = a[i + 1];
            }

            return map;
        }),
        new GoFunction("tStrings", [], null, _ => GoList.OfStrings([GoString.FromUtf8("b"), GoString.FromUtf8("a")])),
        new GoFunction("tStrMap", [], null, _ => GoMap.OfStrings(
            [new("x", GoString.FromUtf8("1")), new("y", GoString.FromUtf8("2"))])),
        new GoFunction("tNil", [], null, _ => null),
        new GoFunction("tJoin", [GoType.String], GoType.Int, a =>
            Formatting.GoFormatter.Sprint([a[0], new GoList(GoType.SliceOf(GoType.Int), [.. a[1..]])])),
        new GoFunction("tFloat", [GoType.Float64], null, a => (double)a[0]! * 2),
        new GoFunction("tBool", [GoType.Bool], null, a => !(bool)a[0]!),
        new GoFunction("tInt64", [GoType.Int64], null, a => new GoInt64(((GoInt64)a[0]!).Value + 1)),
        new GoFunction("tAnyMap", [GoType.MapOfAny], null, a => (long)(a[0] is GoMap m ? m.Count : 0)),
        new GoFunction("tAnyList", [GoType.ListOfAny], null, a => (long)(a[0] is GoList l ? l.Count : 0)),
        new GoFunction("tNilSlice", [], null, _ => new GoList(GoType.ListOfAny, [])),
        new GoFunction("tUint32", [GoType.Uint32], null, a => GoString.FromUtf8(((uint)a[0]!).ToString(System.Globalization.CultureInfo.InvariantCulture))),
    ]);

    private static long ToInt64(object? value) => value switch
    {
        long l => l,
        GoInt64 l => l.Value,
        double d => (long)d,
        _ => 0,
    };
}
