using System.Runtime.CompilerServices;

namespace Ferry.Templating.Parsing;

/// <summary>
/// Go's template parser: builds a tree per template (the top-level one plus one per define or block) from the
/// token stream, checks function names and variables at parse time, and reports Go's error texts.
/// </summary>
internal sealed class Parser
{
    private const int MaxExpressionDepth = 10000;

    private readonly TokenStream _tokens;
    private readonly Func<string, bool> _hasFunction;
    private readonly Dictionary<string, Tree> _treeSet;
    private readonly Tree _tree;
    private readonly List<string> _vars = ["$"];
    private int _actionLine;
    private int _rangeDepth;
    private int _expressionDepth;

    private Parser(TokenStream tokens, Func<string, bool> hasFunction, Dictionary<string, Tree> treeSet, Tree tree)
    {
        _tokens = tokens;
        _hasFunction = hasFunction;
        _treeSet = treeSet;
        _tree = tree;
    }

    /// <summary>Parses a template and everything it defines into <paramref name="treeSet"/>.</summary>
    public static void Parse(
        string name,
        string text,
        string leftDelim,
        string rightDelim,
        Func<string, bool> hasFunction,
        Dictionary<string, Tree> treeSet)
    {
        var tokens = Lexer.Lex(text, leftDelim, rightDelim, !hasFunction("break"), !hasFunction("continue"));
        var tree = new Tree(name, name, text);
        var parser = new Parser(new TokenStream(tokens), hasFunction, treeSet, tree);
        try
        {
            parser.ParseTop();
            parser.Add();
        }
        catch (ParseError error)
        {
            throw new TemplateParseException(error.Message);
        }
    }

    /// <summary>
    /// Go's parse error. As in Go, the template name is spliced into the format unescaped, so a name containing
    /// '%' (a KeysAndValues template is named by its text) garbles the message exactly as it does in ESO.
    /// </summary>
    private ParseError Error(string format, params object?[] args)
    {
        var prefix = $"template: {_tree.ParseName}:{(long)_tokens.Furthest.Line}: ";
        var values = args.Select(a => a is string text ? (object?)Values.GoString.FromUtf8(text) : a).ToArray();
        var message = Formatting.GoFormatter.Sprintf(Values.GoString.FromUtf8(prefix + format), values);
        return new ParseError(message.ToUtf8String());
    }

    private Parser SubParser(string name) =>
        new(_tokens, _hasFunction, _treeSet, new Tree(name, _tree.ParseName, _tree.Text));

    private void Add()
    {
        if (!_treeSet.TryGetValue(_tree.Name, out var existing) || Tree.IsEmpty(existing.Root))
        {
            _treeSet[_tree.Name] = _tree;
            return;
        }

        if (!Tree.IsEmpty(_tree.Root))
        {
            throw Error("template: multiple definition of template %q", _tree.Name);
        }
    }

    private Token Expect(TokenKind expected, string context)
    {
        var token = _tokens.NextNonSpace();
        if (token.Kind != expected)
        {
            throw Unexpected(token, context);
        }

        return token;
    }

    private ParseError Unexpected(Token token, string context)
    {
        if (token.Kind == TokenKind.Error)
        {
            var extra = "";
            if (_actionLine != 0 && _actionLine != token.Line)
            {
                extra = $" in action started at {_tree.ParseName}:{_actionLine}";
                if (token.Value.EndsWith(" action", StringComparison.Ordinal))
                {
                    extra = extra[" in action".Length..];
                }
            }

            return Error("%s%s", token.Describe(), extra);
        }

        return Error("unexpected %s in %s", token.Describe(), context);
    }

    private void ParseTop()
    {
        _tree.Root = new ListNode(_tokens.Peek().Position);
        while (_tokens.Peek().Kind != TokenKind.Eof)
        {
            if (_tokens.Peek().Kind == TokenKind.LeftDelim)
            {
                var delimIndex = _tokens.Index;
                _tokens.Next();
                if (_tokens.NextNonSpace().Kind == TokenKind.Define)
                {
                    var definition = SubParser("definition");
                    definition.ParseDefinition();
                    continue;
                }

                _tokens.BackupTo(delimIndex);
            }

            var node = TextOrAction();
            if (node is EndNode or ElseNode)
            {
                throw Error("unexpected %s", node.ToString());
            }

            _tree.Root.Nodes.Add(node);
        }
    }

    private void ParseDefinition()
    {
        const string context = "define clause";
        var name = _tokens.NextNonSpace();
        if (name.Kind is not (TokenKind.String or TokenKind.RawString))
        {
            throw Unexpected(name, context);
        }

        _tree.Name = Unquote(name.Value);
        Expect(TokenKind.RightDelim, context);
        var (list, end) = ItemList();
        _tree.Root = list;
        if (end is not EndNode)
        {
            throw Error("unexpected %s in %s", end.ToString(), context);
        }

        Add();
    }

    private string Unquote(string quoted) =>
        GoLiterals.Unquote(quoted)?.ToUtf8String() ?? throw Error("%s", "invalid syntax");

    private (ListNode List, Node End) ItemList()
    {
        var list = new ListNode(_tokens.PeekNonSpace().Position);
        while (_tokens.PeekNonSpace().Kind != TokenKind.Eof)
        {
            var node = TextOrAction();
            if (node is EndNode or ElseNode)
            {
                return (list, node);
            }

            list.Nodes.Add(node);
        }

        throw Error("%s", "unexpected EOF");
    }

    private Node TextOrAction()
    {
        var token = _tokens.NextNonSpace();
        switch (token.Kind)
        {
            case TokenKind.Text:
                return new TextNode(token.Position, Values.GoString.FromUtf8(token.Value));
            case TokenKind.LeftDelim:
                _actionLine = token.Line;
                try
                {
                    return Action();
                }
                finally
                {
                    _actionLine = 0;
                }

            case TokenKind.Comment:
                return new CommentNode(token.Position, token.Value);
            default:
                throw Unexpected(token, "input");
        }
    }

    private Node Action()
    {
        var token = _tokens.NextNonSpace();
        switch (token.Kind)
        {
            case TokenKind.Block:
                return BlockControl();
            case TokenKind.Break:
                return BreakOrContinue(token, "{{break}}", new BreakNode(token.Position));
            case TokenKind.Continue:
                return BreakOrContinue(token, "{{continue}}", new ContinueNode(token.Position));
            case TokenKind.Else:
                return ElseControl();
            case TokenKind.End:
                return new EndNode(Expect(TokenKind.RightDelim, "end").Position);
            case TokenKind.If:
                return Control(BranchKind.If, allowElseIf: true, "if");
            case TokenKind.Range:
                return Control(BranchKind.Range, allowElseIf: false, "range");
            case TokenKind.Template:
                return TemplateControl();
            case TokenKind.With:
                return Control(BranchKind.With, allowElseIf: false, "with");
        }

        _tokens.Backup();
        var first = _tokens.Peek();
        return new ActionNode(first.Position, first.Line, Pipeline("command", TokenKind.RightDelim));
    }

    private Node BreakOrContinue(Token keyword, string context, Node node)
    {
        var token = _tokens.NextNonSpace();
        if (token.Kind != TokenKind.RightDelim)
        {
            throw Unexpected(token, context);
        }

        if (_rangeDepth == 0)
        {
            throw Error("%s outside {{range}}", context);
        }

        _ = keyword;
        return node;
    }

    private PipeNode Pipeline(string context, TokenKind end)
    {
        var first = _tokens.PeekNonSpace();
        var pipe = new PipeNode(first.Position, first.Line);
        Declarations(pipe, context);
        while (true)
        {
            var token = _tokens.NextNonSpace();
            if (token.Kind == end)
            {
                CheckPipeline(pipe, context);
                return pipe;
            }

            switch (token.Kind)
            {
                case TokenKind.Bool or TokenKind.CharConstant or TokenKind.Complex or TokenKind.Dot or TokenKind.Field
                    or TokenKind.Identifier or TokenKind.Number or TokenKind.Nil or TokenKind.RawString
                    or TokenKind.String or TokenKind.Variable or TokenKind.LeftParen:
                    _tokens.Backup();
                    pipe.Commands.Add(Command());
                    break;
                default:
                    throw Unexpected(token, context);
            }
        }
    }

    private void Declarations(PipeNode pipe, string context)
    {
        while (true)
        {
            var v = _tokens.PeekNonSpace();
            if (v.Kind != TokenKind.Variable)
            {
                return;
            }

            var variableIndex = _tokens.Index;
            _tokens.Next();
            var afterVariable = _tokens.Peek();
            var next = _tokens.PeekNonSpace();
            if (next.Kind is TokenKind.Assign or TokenKind.Declare)
            {
                pipe.IsAssign = next.Kind == TokenKind.Assign;
                _tokens.NextNonSpace();
                pipe.Declarations.Add(new VariableNode(v.Position, v.Value));
                _vars.Add(v.Value);
                return;
            }

            if (next.Kind == TokenKind.Char && next.Value == ",")
            {
                _tokens.NextNonSpace();
                pipe.Declarations.Add(new VariableNode(v.Position, v.Value));
                _vars.Add(v.Value);
                if (context == "range" && pipe.Declarations.Count < 2)
                {
                    var after = _tokens.PeekNonSpace().Kind;
                    if (after is TokenKind.Variable or TokenKind.RightDelim or TokenKind.RightParen)
                    {
                        continue;
                    }

                    throw Error("%s", "range can only initialize variables");
                }

                throw Error("too many declarations in %s", context);
            }

            _ = afterVariable;
            _tokens.BackupTo(variableIndex);
            return;
        }
    }

    private void CheckPipeline(PipeNode pipe, string context)
    {
        if (pipe.Commands.Count == 0)
        {
            throw Error("missing value for %s", context);
        }

        for (var i = 1; i < pipe.Commands.Count; i++)
        {
            if (pipe.Commands[i].Args[0] is BoolNode or DotNode or NilNode or NumberNode or StringNode)
            {
                throw Error("non executable command in pipeline stage %d", (long)(i + 1));
            }
        }
    }

    private BranchNode Control(BranchKind kind, bool allowElseIf, string context)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw Error("%s", "max expression depth exceeded");
        }

        var mark = _vars.Count;
        try
        {
            var pipe = Pipeline(context, TokenKind.RightDelim);
            if (kind == BranchKind.Range)
            {
                _rangeDepth++;
            }

            var (list, next) = ItemList();
            if (kind == BranchKind.Range)
            {
                _rangeDepth--;
            }

            ListNode? elseList = null;
            if (next is ElseNode elseNode)
            {
                var chained = (allowElseIf && _tokens.Peek().Kind == TokenKind.If)
                    || (kind == BranchKind.With && _tokens.Peek().Kind == TokenKind.With);
                if (chained)
                {
                    var keyword = _tokens.Next();
                    elseList = new ListNode(elseNode.Position);
                    elseList.Nodes.Add(keyword.Kind == TokenKind.If
                        ? Control(BranchKind.If, allowElseIf: true, "if")
                        : Control(BranchKind.With, allowElseIf: false, "with"));
                }
                else
                {
                    (elseList, var end) = ItemList();
                    if (end is not EndNode)
                    {
                        throw Error("expected end; found %s", end.ToString());
                    }
                }
            }

            return new BranchNode(kind, pipe.Position, pipe.Line, pipe, list, elseList);
        }
        finally
        {
            _vars.RemoveRange(mark, _vars.Count - mark);
        }
    }

    private ElseNode ElseControl()
    {
        var peek = _tokens.PeekNonSpace();
        if (peek.Kind is TokenKind.If or TokenKind.With)
        {
            return new ElseNode(peek.Position, peek.Line);
        }

        var token = Expect(TokenKind.RightDelim, "else");
        return new ElseNode(token.Position, token.Line);
    }

    private TemplateNode BlockControl()
    {
        const string context = "block clause";
        var token = _tokens.NextNonSpace();
        var name = TemplateName(token, context);
        var pipe = Pipeline(context, TokenKind.RightDelim);
        var block = SubParser(name);
        var (list, end) = block.ItemList();
        block._tree.Root = list;
        if (end is not EndNode)
        {
            throw Error("unexpected %s in %s", end.ToString(), context);
        }

        block.Add();
        return new TemplateNode(token.Position, token.Line, name, pipe);
    }

    private TemplateNode TemplateControl()
    {
        const string context = "template clause";
        var token = _tokens.NextNonSpace();
        var name = TemplateName(token, context);
        PipeNode? pipe = null;
        if (_tokens.NextNonSpace().Kind != TokenKind.RightDelim)
        {
            _tokens.Backup();
            pipe = Pipeline(context, TokenKind.RightDelim);
        }

        return new TemplateNode(token.Position, token.Line, name, pipe);
    }

    private string TemplateName(Token token, string context)
    {
        if (token.Kind is TokenKind.String or TokenKind.RawString)
        {
            return Unquote(token.Value);
        }

        throw Unexpected(token, context);
    }

    private CommandNode Command()
    {
        var command = new CommandNode(_tokens.PeekNonSpace().Position);
        while (true)
        {
            _tokens.PeekNonSpace();
            if (Operand() is { } operand)
            {
                command.Args.Add(operand);
            }

            var token = _tokens.Next();
            if (token.Kind == TokenKind.Space)
            {
                continue;
            }

            if (token.Kind is TokenKind.RightDelim or TokenKind.RightParen)
            {
                _tokens.Backup();
            }
            else if (token.Kind != TokenKind.Pipe)
            {
                throw Unexpected(token, "operand");
            }

            break;
        }

        if (command.Args.Count == 0)
        {
            throw Error("%s", "empty command");
        }

        return command;
    }

    private Node? Operand()
    {
        var node = Term();
        if (node is null)
        {
            return null;
        }

        if (_tokens.Peek().Kind != TokenKind.Field)
        {
            return node;
        }

        var chain = new ChainNode(_tokens.Peek().Position, node);
        while (_tokens.Peek().Kind == TokenKind.Field)
        {
            chain.Add(_tokens.Next().Value);
        }

        return node switch
        {
            FieldNode => new FieldNode(chain.Position, chain.ToString()),
            VariableNode => new VariableNode(chain.Position, chain.ToString()),
            BoolNode or StringNode or NumberNode or NilNode or DotNode =>
                throw Error("unexpected . after term %q", node.ToString()),
            _ => chain,
        };
    }

    private Node? Term()
    {
        var token = _tokens.NextNonSpace();
        switch (token.Kind)
        {
            case TokenKind.Identifier:
                if (!_hasFunction(token.Value))
                {
                    throw Error("function %q not defined", token.Value);
                }

                return new IdentifierNode(token.Position, token.Value);
            case TokenKind.Dot:
                return new DotNode(token.Position);
            case TokenKind.Nil:
                return new NilNode(token.Position);
            case TokenKind.Variable:
                return UseVariable(token);
            case TokenKind.Field:
                return new FieldNode(token.Position, token.Value);
            case TokenKind.Bool:
                return new BoolNode(token.Position, token.Value == "true");
            case TokenKind.CharConstant or TokenKind.Complex or TokenKind.Number:
                {
                    var number = new NumberNode(token.Position, token.Value);
                    if (GoLiterals.ParseNumber(number, token.Kind) is { } error)
                    {
                        throw Error("%s", error);
                    }

                    return number;
                }

            case TokenKind.LeftParen:
                // Go 1.26 caps nesting at 10000; a .NET stack may run out sooner, which gets the same error.
                if (_expressionDepth >= MaxExpressionDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
                {
                    throw Error("%s", "max expression depth exceeded");
                }

                _expressionDepth++;
                try
                {
                    return Pipeline("parenthesized pipeline", TokenKind.RightParen);
                }
                finally
                {
                    _expressionDepth--;
                }
            case TokenKind.String or TokenKind.RawString:
                {
                    var text = GoLiterals.Unquote(token.Value) ?? throw Error("%s", "invalid syntax");
                    return new StringNode(token.Position, token.Value, text);
                }
        }

        _tokens.Backup();
        return null;
    }

    private VariableNode UseVariable(Token token)
    {
        var variable = new VariableNode(token.Position, token.Value);
        if (!_vars.Contains(variable.Ident[0]))
        {
            throw Error("undefined variable %q", variable.Ident[0]);
        }

        return variable;
    }
}
