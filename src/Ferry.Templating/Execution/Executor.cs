using Ferry.Templating.Formatting;
using Ferry.Templating.Functions;
using Ferry.Templating.Parsing;
using Ferry.Templating.Values;

namespace Ferry.Templating.Execution;

/// <summary>
/// Walks a parsed template against data, following Go's exec.go: pipelines pass their value as the last argument
/// of the next command, variables are scoped to their control structure, map ranges are sorted, and every error
/// is reported as Go reports it, at the node being evaluated.
/// </summary>
internal sealed partial class Executor
{
    private static readonly Slot NoFinal = new(new object(), false);

    private readonly IReadOnlyDictionary<string, Tree> _templates;
    private readonly FunctionLibrary _functions;
    private readonly ExecutionSettings _settings;
    private readonly ByteBuilder _output;
    private readonly ExecutionBudget _budget;
    private Tree _tree;
    private List<(string Name, Slot Value)> _vars = [];
    private Node? _node;
    private int _depth;

    private Executor(
        IReadOnlyDictionary<string, Tree> templates,
        Tree tree,
        FunctionLibrary functions,
        ExecutionSettings settings,
        ByteBuilder output,
        ExecutionBudget budget)
    {
        _templates = templates;
        _tree = tree;
        _functions = functions;
        _settings = settings;
        _output = output;
        _budget = budget;
    }

    public static void Execute(
        IReadOnlyDictionary<string, Tree> templates,
        Tree tree,
        FunctionLibrary functions,
        ExecutionSettings settings,
        object? data,
        ByteBuilder output)
    {
        var executor = new Executor(templates, tree, functions, settings, output, new ExecutionBudget(settings.Limits));
        var dot = Slot.Of(data);
        executor._vars.Add(("$", dot));
        try
        {
            if (tree.Root is null)
            {
                throw executor.Error("%q is an incomplete or empty template", tree.Name);
            }

            executor.Walk(dot, tree.Root);
        }
        catch (InsufficientExecutionStackException)
        {
            throw executor.Error("%s", "template nesting exceeds the execution stack");
        }
    }

    private void At(Node node) => _node = node;

    private Flow Walk(Slot dot, Node node)
    {
        At(node);
        _budget.Step(this);
        switch (node)
        {
            case ActionNode action:
                {
                    var value = EvalPipeline(dot, action.Pipe);
                    if (action.Pipe.Declarations.Count == 0)
                    {
                        PrintValue(action, value);
                    }

                    return Flow.Normal;
                }

            case BreakNode:
                return Flow.Break;
            case ContinueNode:
                return Flow.Continue;
            case CommentNode:
                return Flow.Normal;
            case BranchNode { Kind: BranchKind.Range } range:
                return WalkRange(dot, range);
            case BranchNode branch:
                return WalkIfOrWith(branch, dot);
            case ListNode list:
                foreach (var child in list.Nodes)
                {
                    var flow = Walk(dot, child);
                    if (flow != Flow.Normal)
                    {
                        return flow;
                    }
                }

                return Flow.Normal;
            case TemplateNode template:
                WalkTemplate(dot, template);
                return Flow.Normal;
            case TextNode text:
                Write(text.Text.Span);
                return Flow.Normal;
            default:
                throw Error("unknown node: %s", node.ToString());
        }
    }

    private void Write(ReadOnlySpan<byte> bytes)
    {
        if (_output.Length + bytes.Length > _settings.Limits.MaxOutputBytes)
        {
            throw Error("output exceeds the limit of %d bytes", (long)_settings.Limits.MaxOutputBytes);
        }

        _output.Append(bytes);
    }

    private Flow WalkIfOrWith(BranchNode branch, Slot dot)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        var mark = _vars.Count;
        try
        {
            var value = EvalPipeline(dot, branch.Pipe);
            if (GoValues.IsTrue(value.Value))
            {
                return Walk(branch.Kind == BranchKind.With ? value : dot, branch.List);
            }

            return branch.ElseList is null ? Flow.Normal : Walk(dot, branch.ElseList);
        }
        finally
        {
            Pop(mark);
        }
    }

    private Flow WalkRange(Slot dot, BranchNode range)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        At(range);
        var outerMark = _vars.Count;
        try
        {
            var value = EvalPipeline(dot, range.Pipe);
            var mark = _vars.Count;
            var ran = false;
            switch (value.Value)
            {
                case GoList list:
                    var elementIsInterface = list.Type.Element?.Kind == GoKind.Interface;
                    for (var i = 0; i < list.Count; i++)
                    {
                        ran = true;
                        if (OneIteration(range, mark, new Slot((long)i, false), new Slot(list.Items[i], elementIsInterface)))
                        {
                            break;
                        }
                    }

                    break;
                case GoMap map:
                    var valueIsInterface = map.Type.Element?.Kind == GoKind.Interface;
                    foreach (var key in map.SortedKeys())
                    {
                        ran = true;
                        if (OneIteration(range, mark, new Slot(key, false), new Slot(map.Entries[key], valueIsInterface)))
                        {
                            break;
                        }
                    }

                    break;
                case long or GoInt64 or byte or ulong:
                    if (range.Pipe.Declarations.Count > 1)
                    {
                        throw Error("can't use %v to iterate over more than one variable", Sensitive(value.Value));
                    }

                    GoValues.TryGetInteger(value.Value, out var count);
                    for (var i = 0L; i < count; i++)
                    {
                        ran = true;
                        var element = new Slot(SameIntegerType(value.Value, i), false);
                        if (OneIteration(range, mark, element, element))
                        {
                            break;
                        }
                    }

                    break;
                case Missing or null:
                    break;
                default:
                    throw Error("range can't iterate over %v", Sensitive(value.Value));
            }

            if (!ran && range.ElseList is not null)
            {
                return Walk(dot, range.ElseList);
            }

            return Flow.Normal;
        }
        finally
        {
            Pop(outerMark);
        }
    }

    private static object SameIntegerType(object? like, long value) => like switch
    {
        GoInt64 => new GoInt64(value),
        byte => (byte)value,
        ulong => (ulong)value,
        _ => value,
    };

    /// <summary>Runs one iteration of a range body; true when {{break}} ended the loop.</summary>
    private bool OneIteration(BranchNode range, int mark, Slot index, Slot element)
    {
        _budget.Step(this);
        var declarations = range.Pipe.Declarations;
        if (range.Pipe.IsAssign)
        {
            // Go 1.26 assigns "range $i, $v = ..." by name; Go 1.19 overwrote whatever was on top of the stack.
            if (declarations.Count > 1)
            {
                SetVar(declarations[0].Ident[0], index);
                SetVar(declarations[1].Ident[0], element);
            }
            else if (declarations.Count == 1)
            {
                SetVar(declarations[0].Ident[0], element);
            }
        }
        else
        {
            if (declarations.Count > 0)
            {
                SetTopVar(1, element);
            }

            if (declarations.Count > 1)
            {
                SetTopVar(2, index);
            }
        }

        try
        {
            return Walk(element, range.List) == Flow.Break;
        }
        finally
        {
            Pop(mark);
        }
    }

    private void WalkTemplate(Slot dot, TemplateNode node)
    {
        At(node);
        if (!_templates.TryGetValue(node.Name, out var template))
        {
            throw Error("template %q not defined", node.Name);
        }

        if (_depth >= _settings.Limits.MaxTemplateDepth)
        {
            throw Error("exceeded maximum template depth (%v)", (long)_settings.Limits.MaxTemplateDepth);
        }

        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        var newDot = EvalPipeline(dot, node.Pipe);
        var savedTree = _tree;
        var savedVars = _vars;
        _tree = template;
        _vars = [("$", newDot)];
        _depth++;
        try
        {
            if (template.Root is not null)
            {
                Walk(newDot, template.Root);
            }
        }
        finally
        {
            _depth--;
            _tree = savedTree;
            _vars = savedVars;
        }
    }

    private Slot EvalPipeline(Slot dot, PipeNode? pipe)
    {
        if (pipe is null)
        {
            return Slot.Invalid;
        }

        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        At(pipe);
        var value = NoFinal;
        foreach (var command in pipe.Commands)
        {
            value = EvalCommand(dot, command, value).Unwrapped;
        }

        foreach (var variable in pipe.Declarations)
        {
            if (pipe.IsAssign)
            {
                SetVar(variable.Ident[0], value);
            }
            else
            {
                _vars.Add((variable.Ident[0], value));
            }
        }

        return value;
    }

    private void NotAFunction(List<Node> args, Slot final)
    {
        if (args.Count > 1 || final != NoFinal)
        {
            throw Error("can't give argument to non-function %s", args[0].ToString());
        }
    }

    private Slot EvalCommand(Slot dot, CommandNode command, Slot final)
    {
        var first = command.Args[0];
        switch (first)
        {
            case FieldNode field:
                return EvalFieldNode(dot, field, command.Args, final);
            case ChainNode chain:
                return EvalChainNode(dot, chain, command.Args, final);
            case IdentifierNode identifier:
                return EvalFunction(dot, identifier, command, command.Args, final);
            case PipeNode pipe:
                NotAFunction(command.Args, final);
                return EvalPipeline(dot, pipe);
            case VariableNode variable:
                return EvalVariableNode(dot, variable, command.Args, final);
        }

        At(first);
        NotAFunction(command.Args, final);
        return first switch
        {
            BoolNode b => new Slot(b.Value, false),
            DotNode => dot,
            NilNode => throw Error("nil is not a command"),
            NumberNode number => IdealConstant(number),
            StringNode s => new Slot(s.Text, false),
            _ => throw Error("can't evaluate command %q", first.ToString()),
        };
    }

    private Slot IdealConstant(NumberNode constant)
    {
        At(constant);
        if (constant.IsComplex)
        {
            return new Slot(constant.Complex128, false);
        }

        var text = constant.Text;
        var isHexInt = text.Length > 2 && text[0] == '0' && text[1] is 'x' or 'X' && text.IndexOfAny(['p', 'P']) < 0;
        var isRune = text.Length > 0 && text[0] == '\'';
        if (constant.IsFloat && !isHexInt && !isRune && text.IndexOfAny(['.', 'e', 'E', 'p', 'P']) >= 0)
        {
            return new Slot(constant.Float64, false);
        }

        if (constant.IsInt)
        {
            return new Slot(constant.Int64, false);
        }

        if (constant.IsUint)
        {
            throw Error("%s overflows int", text);
        }

        return Slot.Invalid;
    }

    private Slot EvalFieldNode(Slot dot, FieldNode field, List<Node>? args, Slot final)
    {
        At(field);
        return EvalFieldChain(dot, dot, field, field.Ident, args, final);
    }

    private Slot EvalChainNode(Slot dot, ChainNode chain, List<Node>? args, Slot final)
    {
        At(chain);
        if (chain.Fields.Count == 0)
        {
            throw Error("internal error: no fields in evalChainNode");
        }

        if (chain.Node is NilNode)
        {
            throw Error("indirection through explicit nil in %s", chain.ToString());
        }

        var receiver = EvalArg(dot, null, chain.Node);
        return EvalFieldChain(dot, receiver, chain, [.. chain.Fields], args, final);
    }

    private Slot EvalVariableNode(Slot dot, VariableNode variable, List<Node>? args, Slot final)
    {
        At(variable);
        var value = VarValue(variable.Ident[0]);
        if (variable.Ident.Length == 1)
        {
            NotAFunction(args ?? [variable], final);
            return value;
        }

        return EvalFieldChain(dot, value, variable, variable.Ident[1..], args, final);
    }

    private Slot EvalFieldChain(Slot dot, Slot receiver, Node node, string[] ident, List<Node>? args, Slot final)
    {
        for (var i = 0; i < ident.Length - 1; i++)
        {
            receiver = EvalField(dot, ident[i], node, null, NoFinal, receiver);
        }

        return EvalField(dot, ident[^1], node, args, final, receiver);
    }

    private Slot EvalFunction(Slot dot, IdentifierNode node, Node command, List<Node>? args, Slot final)
    {
        At(node);
        var function = _functions.Resolve(node.Name, out var isBuiltin)
            ?? throw Error("%q is not a defined function", node.Name);
        return EvalCall(dot, function, isBuiltin, command, node.Name, args, final);
    }

    private Slot EvalField(Slot dot, string fieldName, Node node, List<Node>? args, Slot final, Slot receiver)
    {
        if (receiver.IsInvalid)
        {
            if (_settings.MissingKey == MissingKeyOption.Error)
            {
                throw Error("nil data; no entry for key %q", fieldName);
            }

            return Slot.Invalid;
        }

        var typeName = receiver.TypeName;
        if (receiver.Value is null)
        {
            throw Error("nil pointer evaluating %s.%s", typeName, fieldName);
        }

        if (receiver.Value is GoObject obj && obj.Method(fieldName) is { } method)
        {
            return EvalCall(dot, method, false, node, fieldName, args, final);
        }

        var hasArgs = (args?.Count ?? 0) > 1 || final != NoFinal;
        if (receiver.Value is GoMap map)
        {
            if (hasArgs)
            {
                throw Error("%s is not a method but has arguments", fieldName);
            }

            var elementIsInterface = map.Type.Element?.Kind == GoKind.Interface;
            if (map.TryGet(GoString.FromUtf8(fieldName), out var found))
            {
                return new Slot(found, elementIsInterface);
            }

            return _settings.MissingKey switch
            {
                MissingKeyOption.Zero => new Slot(map.ZeroElement, elementIsInterface),
                MissingKeyOption.Error => throw Error("map has no entry for key %q", fieldName),
                _ => Slot.Invalid,
            };
        }

        throw Error("can't evaluate field %s in type %s", fieldName, typeName);
    }

    private void PrintValue(Node node, Slot value)
    {
        At(node);
        if (value.IsInvalid)
        {
            Write("<no value>"u8);
            return;
        }

        if (value.Value is GoFunction)
        {
            throw Error("can't print %s of type %s", node.ToString(), value.TypeName);
        }

        var buffer = new ByteBuilder();
        try
        {
            GoFormatter.PrintValue(buffer, value.Value);
        }
        catch (TemplateFunctionException failure)
        {
            throw Error("%s", failure.Message);
        }

        Write(buffer.Span);
    }

    private void Pop(int mark) => _vars.RemoveRange(mark, _vars.Count - mark);

    private void SetTopVar(int n, Slot value) => _vars[^n] = (_vars[^n].Name, value);

    private void SetVar(string name, Slot value)
    {
        for (var i = _vars.Count - 1; i >= 0; i--)
        {
            if (_vars[i].Name == name)
            {
                _vars[i] = (name, value);
                return;
            }
        }

        throw Error("undefined variable: %s", name);
    }

    private Slot VarValue(string name)
    {
        for (var i = _vars.Count - 1; i >= 0; i--)
        {
            if (_vars[i].Name == name)
            {
                return _vars[i].Value;
            }
        }

        throw Error("undefined variable: %s", name);
    }
}
