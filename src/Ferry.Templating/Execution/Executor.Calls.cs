using Ferry.Templating.Formatting;
using Ferry.Templating.Functions;
using Ferry.Templating.Parsing;
using Ferry.Templating.Values;

namespace Ferry.Templating.Execution;

/// <summary>Function calls: argument counting, Go's argument conversion rules, and error wrapping.</summary>
internal sealed partial class Executor
{
    private Slot EvalCall(Slot dot, GoFunction function, bool isBuiltin, Node node, string name, List<Node>? args, Slot final)
    {
        var argNodes = args is null ? [] : args.GetRange(1, args.Count - 1);
        var numIn = argNodes.Count + (final != NoFinal ? 1 : 0);
        var numFixed = argNodes.Count;
        if (function.IsVariadic)
        {
            numFixed = function.Parameters.Count;
            if (numIn < numFixed)
            {
                throw Error("wrong number of args for %s: want at least %d got %d", name, (long)numFixed, (long)argNodes.Count);
            }
        }
        else if (numIn != function.NumIn)
        {
            throw Error("wrong number of args for %s: want %d got %d", name, (long)function.NumIn, (long)numIn);
        }

        if (isBuiltin && name is "and" or "or")
        {
            var result = Slot.Invalid;
            foreach (var arg in argNodes)
            {
                result = EvalArg(dot, GoType.ReflectValue, arg);
                if (GoValues.IsTrue(result.Value) == (name == "or"))
                {
                    return result;
                }
            }

            return final != NoFinal ? final : result;
        }

        var argv = new object?[numIn];
        var i = 0;
        for (; i < numFixed && i < argNodes.Count; i++)
        {
            argv[i] = ToArgument(EvalArg(dot, function.Parameters[i], argNodes[i]), function.Parameters[i]);
        }

        if (function.Variadic is { } variadic)
        {
            for (; i < argNodes.Count; i++)
            {
                argv[i] = ToArgument(EvalArg(dot, variadic, argNodes[i]), variadic);
            }
        }

        if (final != NoFinal)
        {
            var type = function.Variadic is { } elementType
                ? (numIn - 1 < numFixed ? function.Parameters[numIn - 1] : elementType)
                : function.Parameters[^1];
            argv[i] = ToArgument(ValidateType(final, type), type);
        }

        if (isBuiltin && name == "call")
        {
            argv = [GoString.FromUtf8(argNodes.Count > 0 ? argNodes[0].ToString() : ""), .. argv];
        }

        object? value;
        try
        {
            value = function.Body(argv);
        }
        catch (TemplateFunctionException failure)
        {
            At(node);
            throw Error("error calling %s: %s", name, failure.Render(_settings.RedactValuesInErrors));
        }
        catch (Exception failure) when (failure is ArgumentException or InvalidCastException or OverflowException
            or IndexOutOfRangeException or FormatException or System.Security.Cryptography.CryptographicException
            or NotSupportedException or InvalidOperationException)
        {
            // Go turns a panic inside a function into this error; the .NET message may quote data, so it is not shown.
            At(node);
            throw Error("error calling %s: runtime error: %s", name, failure.GetType().Name);
        }

        _budget.Step(this);
        return value switch
        {
            Slot slot => slot,
            null => new Slot(null, true),
            _ => new Slot(value, false),
        };
    }

    /// <summary>What a function receives: the raw slot for reflect.Value parameters, the plain value otherwise.</summary>
    private static object? ToArgument(Slot slot, GoType type)
    {
        if (type == GoType.ReflectValue)
        {
            return slot;
        }

        return slot.IsInvalid ? null : slot.Value;
    }

    private static bool CanBeNil(GoType type) => type.CanBeNil;

    private Slot ValidateType(Slot value, GoType? type)
    {
        if (value.IsInvalid)
        {
            if (type is null)
            {
                return Slot.Invalid;
            }

            if (CanBeNil(type))
            {
                return type == GoType.ReflectValue ? Slot.Invalid : new Slot(null, type.Kind == GoKind.Interface);
            }

            throw Error("invalid value; expected %s", type.Name);
        }

        if (type is null || type == GoType.ReflectValue || type.Kind == GoKind.Interface)
        {
            return value;
        }

        var actual = value.IsInterface ? null : GoValues.TypeOf(value.Value);
        if (actual is not null && actual.IsAssignableTo(type))
        {
            return value;
        }

        if (value.IsInterface && value.Value is not null)
        {
            var inner = GoValues.TypeOf(value.Value)!;
            if (inner.IsAssignableTo(type))
            {
                return new Slot(value.Value, false);
            }

            throw Error("wrong type for value; expected %s; got %s", type.Name, inner.Name);
        }

        throw Error("wrong type for value; expected %s; got %s", type.Name, value.TypeName);
    }

    private Slot EvalArg(Slot dot, GoType? type, Node node)
    {
        At(node);
        switch (node)
        {
            case DotNode:
                return ValidateType(dot, type);
            case NilNode:
                if (type is not null && CanBeNil(type))
                {
                    return type == GoType.ReflectValue ? Slot.Invalid : new Slot(null, true);
                }

                throw Error("cannot assign nil to %s", type?.Name ?? "<nil>");
            case FieldNode field:
                return ValidateType(EvalFieldNode(dot, field, [node], NoFinal), type);
            case VariableNode variable:
                return ValidateType(EvalVariableNode(dot, variable, null, NoFinal), type);
            case PipeNode pipe:
                return ValidateType(EvalPipeline(dot, pipe), type);
            case IdentifierNode identifier:
                return ValidateType(EvalFunction(dot, identifier, identifier, null, NoFinal), type);
            case ChainNode chain:
                return ValidateType(EvalChainNode(dot, chain, null, NoFinal), type);
        }

        if (type is null)
        {
            throw Error("can't handle %s for arg of type %s", node.ToString(), "<nil>");
        }

        switch (type.Kind)
        {
            case GoKind.Bool:
                At(node);
                return node is BoolNode b ? new Slot(b.Value, false) : throw Error("expected bool; found %s", node.ToString());
            case GoKind.Complex128:
                return node is NumberNode { IsComplex: true } c
                    ? new Slot(c.Complex128, false)
                    : throw Error("expected complex; found %s", node.ToString());
            case GoKind.Float64:
                At(node);
                return node is NumberNode { IsFloat: true } f
                    ? new Slot(f.Float64, false)
                    : throw Error("expected float; found %s", node.ToString());
            case GoKind.Int or GoKind.Int64:
                At(node);
                if (node is NumberNode { IsInt: true } n)
                {
                    return new Slot(type.Kind == GoKind.Int ? n.Int64 : new GoInt64(n.Int64), false);
                }

                throw Error("expected integer; found %s", node.ToString());
            case GoKind.Interface:
                return EvalEmptyInterface(dot, node);
            case GoKind.Struct when type == GoType.ReflectValue:
                return EvalEmptyInterface(dot, node);
            case GoKind.String:
                At(node);
                return node is StringNode s ? new Slot(s.Text, false) : throw Error("expected string; found %s", node.ToString());
            case GoKind.Uint8 or GoKind.Uint32 or GoKind.Uint64:
                At(node);
                if (node is NumberNode { IsUint: true } u)
                {
                    // Go's reflect SetUint truncates a constant to the parameter's width without an error.
                    var value = type.Kind switch
                    {
                        GoKind.Uint8 => (object)(byte)u.Uint64,
                        GoKind.Uint32 => (uint)u.Uint64,
                        _ => u.Uint64,
                    };
                    return new Slot(value, false);
                }

                throw Error("expected unsigned integer; found %s", node.ToString());
        }

        throw Error("can't handle %s for arg of type %s", node.ToString(), type.Name);
    }

    private Slot EvalEmptyInterface(Slot dot, Node node)
    {
        At(node);
        return node switch
        {
            BoolNode b => new Slot(b.Value, false),
            DotNode => dot,
            FieldNode field => EvalFieldNode(dot, field, null, NoFinal),
            IdentifierNode identifier => EvalFunction(dot, identifier, identifier, null, NoFinal),
            NilNode => throw Error("evalEmptyInterface: nil (can't happen)"),
            NumberNode number => IdealConstant(number),
            StringNode s => new Slot(s.Text, false),
            VariableNode variable => EvalVariableNode(dot, variable, null, NoFinal),
            PipeNode pipe => EvalPipeline(dot, pipe),
            _ => throw Error("can't handle assignment of %s to empty interface argument", node.ToString()),
        };
    }

    /// <summary>
    /// Builds Go's ExecError text. As in Go, the location is spliced into the format unescaped, so a template name
    /// containing '%' shifts the arguments exactly as it does in ESO.
    /// </summary>
    internal TemplateExecutionException Error(string format, params object?[] args)
    {
        var name = _tree.Name.Replace("%", "%%", StringComparison.Ordinal);
        string prefix;
        if (_node is null)
        {
            prefix = $"template: {name}: ";
        }
        else
        {
            var quotedName = new ByteBuilder();
            GoQuote.AppendQuoted(quotedName, GoString.FromUtf8(name).Span, (byte)'"', false);
            var context = _node.ToString().Replace("%", "%%", StringComparison.Ordinal);
            prefix = $"template: {_tree.Location(_node)}: executing {quotedName.ToGoString().ToUtf8String()} at <{context}>: ";
        }

        var values = args.Select(ToFormatArgument).ToArray();
        var message = GoFormatter.Sprintf(GoString.FromUtf8(prefix + format), values);
        return new TemplateExecutionException(message.ToUtf8String());
    }

    private object? ToFormatArgument(object? arg) => arg switch
    {
        string text => GoString.FromUtf8(text),
        SensitiveValue sensitive => _settings.RedactValuesInErrors ? GoString.FromUtf8("<redacted>") : sensitive.Value,
        _ => arg,
    };

    private static SensitiveValue Sensitive(object? value) => new(value);
}
