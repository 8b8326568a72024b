using Ferry.Templating.Formatting;
using Ferry.Templating.Values;
using static Ferry.Templating.Functions.Sprig.SprigValues;

namespace Ferry.Templating.Functions.Sprig;

/// <summary>sprig's defaults.go and reflect.go: default, empty, coalesce, ternary, the JSON functions, fail, typeOf.</summary>
internal static class DefaultFunctions
{
    private static readonly GoType A = GoType.Any;
    private static readonly GoType S = GoType.String;

    public static IEnumerable<GoFunction> All()
    {
        yield return new("default", [A], A, a => a.Length < 2 || IsEmpty(a[1]) ? a[0] : a[1]);
        yield return new("empty", [A], null, a => IsEmpty(a[0]));
        yield return new("coalesce", [], A, a => a.FirstOrDefault(v => !IsEmpty(v)));
        yield return new("all", [], A, a => a.All(v => !IsEmpty(v)));
        yield return new("any", [], A, a => a.Any(v => !IsEmpty(v)));
        yield return new("ternary", [A, A, GoType.Bool], null, a => (bool)a[2]! ? a[0] : a[1]);
        yield return new("fromJson", [S], null, a => Try(() => GoJson.Unmarshal(Bytes(a[0]).Span), null));
        yield return new("mustFromJson", [S], null, a => GoJson.Unmarshal(Bytes(a[0]).Span));
        yield return new("toJson", [A], null, a => Try(() => GoJson.Marshal(a[0], escapeHtml: true), GoString.Empty));
        yield return new("mustToJson", [A], null, a => GoJson.Marshal(a[0], escapeHtml: true));
        yield return new("toPrettyJson", [A], null, a => Try(() => GoJson.Marshal(a[0], escapeHtml: true, "  "), GoString.Empty));
        yield return new("mustToPrettyJson", [A], null, a => GoJson.Marshal(a[0], escapeHtml: true, "  "));
        yield return new("toRawJson", [A], null, a => Try(() => GoJson.Marshal(a[0], escapeHtml: false), GoString.Empty));
        yield return new("mustToRawJson", [A], null, a => GoJson.Marshal(a[0], escapeHtml: false));
        yield return new("deepCopy", [A], null, a => GoJson.DeepCopy(a[0]));
        yield return new("mustDeepCopy", [A], null, a => a[0] is null
            ? throw new TemplateFunctionException("copy: Cannot copy nil")
            : GoJson.DeepCopy(a[0]));
        yield return new("fail", [S], null, a => throw new TemplateFunctionException(Text(a[0])));
        yield return new("typeOf", [A], null, a => Str(GoValues.TypeName(a[0])));
        yield return new("typeIs", [S, A], null, a => Text(a[0]) == GoValues.TypeName(a[1]));
        yield return new("typeIsLike", [S, A], null, a => Text(a[0]) == GoValues.TypeName(a[1]) || Text(a[0]) == "*" + GoValues.TypeName(a[1]));
        yield return new("kindOf", [A], null, a => Str(SprigValues.KindName(a[0])));
        yield return new("kindIs", [S, A], null, a => Text(a[0]) == SprigValues.KindName(a[1]));
        yield return new("deepEqual", [A, A], null, a => DeepEqual(a[0], a[1]));
    }

    /// <summary>The non-must variants swallow the error and return a fixed value instead.</summary>
    private static object? Try(Func<object?> body, object? onError)
    {
        try
        {
            return body();
        }
        catch (TemplateFunctionException)
        {
            return onError;
        }
    }


    internal static GoString Sprint(object? value) => GoFormatter.Sprint([value]);
}
