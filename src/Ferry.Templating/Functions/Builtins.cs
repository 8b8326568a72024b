using Ferry.Templating.Execution;
using Ferry.Templating.Formatting;
using Ferry.Templating.Values;

namespace Ferry.Templating.Functions;

/// <summary>Go's builtin template functions (funcs.go), with their argument rules and error texts.</summary>
internal static partial class Builtins
{
    private static readonly GoType Value = GoType.ReflectValue;

    public static IReadOnlyDictionary<string, GoFunction> Table { get; } = Create();

    private static Dictionary<string, GoFunction> Create()
    {
        var functions = new[]
        {
            new GoFunction("and", [Value], Value, _ => throw new InvalidOperationException("and is evaluated by the executor")),
            new GoFunction("or", [Value], Value, _ => throw new InvalidOperationException("or is evaluated by the executor")),
            new GoFunction("not", [Value], null, args => !GoValues.IsTrue(Concrete(args[0]).Value)),
            new GoFunction("len", [Value], null, args => Length((Slot)args[0]!)),
            new GoFunction("index", [Value], Value, args => Index(args)),
            new GoFunction("slice", [Value], Value, args => Slice(args)),
            new GoFunction("print", [], GoType.Any, args => GoFormatter.Sprint(args)),
            new GoFunction("println", [], GoType.Any, args => GoFormatter.Sprintln(args)),
            new GoFunction("printf", [GoType.String], GoType.Any, args => GoFormatter.Sprintf((GoString)args[0]!, args[1..])),
            new GoFunction("html", [], GoType.Any, args => Escapers.Html(EvalArgs(args))),
            new GoFunction("js", [], GoType.Any, args => Escapers.JavaScript(EvalArgs(args))),
            new GoFunction("urlquery", [], GoType.Any, args => Escapers.QueryEscape(EvalArgs(args))),
            new GoFunction("eq", [Value], Value, args => Comparisons.Equal(Concrete(args[0]), args[1..].Select(Concrete).ToArray())),
            new GoFunction("ne", [Value, Value], null, args => !Comparisons.Equal(Concrete(args[0]), [Concrete(args[1])])),
            new GoFunction("lt", [Value, Value], null, args => Comparisons.Less(Concrete(args[0]), Concrete(args[1]))),
            new GoFunction("le", [Value, Value], null, args => Comparisons.LessOrEqual(Concrete(args[0]), Concrete(args[1]))),
            new GoFunction("gt", [Value, Value], null, args => !Comparisons.LessOrEqual(Concrete(args[0]), Concrete(args[1]))),
            new GoFunction("ge", [Value, Value], null, args => !Comparisons.Less(Concrete(args[0]), Concrete(args[1]))),
            // The executor passes the callee's name first, as Go 1.26 does, for the error texts.
            new GoFunction("call", [Value], Value, args => Call(args)),
        };
        return functions.ToDictionary(f => f.Name, StringComparer.Ordinal);
    }

    /// <summary>Go's indirectInterface: the value inside an interface; a nil interface becomes invalid.</summary>
    private static Slot Concrete(object? arg)
    {
        var slot = arg is Slot s ? s : Slot.Of(arg);
        return slot.IsInterface ? Slot.Of(slot.Value) : slot;
    }

    /// <summary>How html, js and urlquery turn their arguments into one string.</summary>
    private static GoString EvalArgs(object?[] args) =>
        args is [GoString single] ? single : GoFormatter.Sprint(args);

    private static long Length(Slot item)
    {
        return item.Value switch
        {
            GoString s => s.Length,
            GoList list => list.Count,
            GoMap map => map.Count,
            _ when item.IsInvalid => throw new TemplateFunctionException("reflect: call of reflect.Value.Type on zero Value"),
            null => throw new TemplateFunctionException("len of nil pointer"),
            var other => throw new TemplateFunctionException("len of type " + GoValues.TypeName(other)),
        };
    }

    private static Slot Index(object?[] args)
    {
        var item = Concrete(args[0]);
        if (item.IsInvalid)
        {
            throw new TemplateFunctionException("index of untyped nil");
        }

        foreach (var raw in args[1..])
        {
            var index = Concrete(raw);
            if (item.Value is null)
            {
                throw new TemplateFunctionException("index of nil pointer");
            }

            switch (item.Value)
            {
                case GoList list:
                    {
                        var x = IndexArgument(index, list.Count);
                        if (x == list.Count)
                        {
                            throw new TemplateFunctionException("reflect: slice index out of range");
                        }

                        item = new Slot(list.Items[x], list.Type.Element?.Kind == GoKind.Interface);
                        break;
                    }

                case GoString text:
                    {
                        var x = IndexArgument(index, text.Length);
                        if (x == text.Length)
                        {
                            throw new TemplateFunctionException("reflect: string index out of range");
                        }

                        item = new Slot(text[x], false);
                        break;
                    }

                case GoMap map:
                    {
                        if (index.IsInvalid)
                        {
                            throw new TemplateFunctionException("value is nil; should be of type string");
                        }

                        if (index.Value is not GoString key)
                        {
                            throw new TemplateFunctionException(
                                $"value has type {GoValues.TypeName(index.Value)}; should be string");
                        }

                        var isInterface = map.Type.Element?.Kind == GoKind.Interface;
                        item = map.TryGet(key, out var found) ? new Slot(found, isInterface) : new Slot(map.ZeroElement, isInterface);
                        if (item.Value is not null && item.IsInterface)
                        {
                            item = new Slot(item.Value, false);
                        }

                        break;
                    }

                default:
                    throw new TemplateFunctionException("can't index item of type " + GoValues.TypeName(item.Value));
            }
        }

        return item;
    }

    private static int IndexArgument(Slot index, int capacity)
    {
        if (index.IsInvalid)
        {
            throw new TemplateFunctionException("cannot index slice/array with nil");
        }

        if (!GoValues.TryGetInteger(index.Value, out var x))
        {
            throw new TemplateFunctionException("cannot index slice/array with type " + GoValues.TypeName(index.Value));
        }

        if (x < 0 || x > capacity)
        {
            throw new TemplateFunctionException($"index out of range: {x}");
        }

        return (int)x;
    }

    private static Slot Slice(object?[] args)
    {
        var item = Concrete(args[0]);
        if (item.IsInvalid)
        {
            throw new TemplateFunctionException("slice of untyped nil");
        }

        var indexes = args[1..];
        if (indexes.Length > 3)
        {
            throw new TemplateFunctionException($"too many slice indexes: {indexes.Length}");
        }

        int length;
        switch (item.Value)
        {
            case GoString text:
                if (indexes.Length == 3)
                {
                    throw new TemplateFunctionException("cannot 3-index slice a string");
                }

                length = text.Length;
                break;
            case GoList list:
                length = list.Count;
                break;
            default:
                throw new TemplateFunctionException("can't slice item of type " + GoValues.TypeName(item.Value));
        }

        int[] idx = [0, length, length];
        for (var i = 0; i < indexes.Length; i++)
        {
            idx[i] = IndexArgument(Concrete(indexes[i]), length);
        }

        if (idx[0] > idx[1])
        {
            throw new TemplateFunctionException($"invalid slice index: {idx[0]} > {idx[1]}");
        }

        if (indexes.Length == 3 && idx[1] > idx[2])
        {
            throw new TemplateFunctionException($"invalid slice index: {idx[1]} > {idx[2]}");
        }

        return item.Value switch
        {
            GoString s => new Slot(s.Slice(idx[0], idx[1] - idx[0]), false),
            GoList l => new Slot(new GoList(l.Type, l.Items.GetRange(idx[0], idx[1] - idx[0])), false),
            _ => Slot.Invalid,
        };
    }

    private static Slot Call(object?[] args)
    {
        var name = ((GoString)args[0]!).ToUtf8String();
        args = args[1..];
        var function = Concrete(args[0]);
        if (function.IsInvalid)
        {
            throw new TemplateFunctionException("call of nil");
        }

        if (function.Value is not GoFunction callee)
        {
            throw new TemplateFunctionException($"non-function {name} of type {GoValues.TypeName(function.Value)}");
        }

        var rest = args[1..];
        if (callee.IsVariadic ? rest.Length < callee.Parameters.Count : rest.Length != callee.Parameters.Count)
        {
            throw new TemplateFunctionException(callee.IsVariadic
                ? $"wrong number of args for {name}: got {rest.Length} want at least {callee.Parameters.Count}"
                : $"wrong number of args for {name}: got {rest.Length} want {callee.Parameters.Count}");
        }

        var argv = new object?[rest.Length];
        for (var i = 0; i < rest.Length; i++)
        {
            var type = i < callee.Parameters.Count ? callee.Parameters[i] : callee.Variadic!;
            var value = Concrete(rest[i]);
            if (type == GoType.ReflectValue)
            {
                argv[i] = value;
                continue;
            }

            if (value.IsInvalid)
            {
                if (!type.CanBeNil)
                {
                    throw new TemplateFunctionException($"arg {i}: value is nil; should be of type {type.Name}");
                }

                argv[i] = null;
                continue;
            }

            if (!GoValues.TypeOf(value.Value)!.IsAssignableTo(type))
            {
                throw new TemplateFunctionException(
                    $"arg {i}: value has type {GoValues.TypeName(value.Value)}; should be {type.Name}");
            }

            argv[i] = value.Value;
        }

        var result = callee.Body(argv);
        return result is Slot slot ? slot : new Slot(result, result is null);
    }
}
