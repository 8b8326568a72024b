namespace Ferry.Schemas.Cel;

/// <summary>
/// A recursive-descent parser for the CEL grammar (cel-spec): ternary, ||, &amp;&amp;, relations (including
/// <c>in</c>), additive, multiplicative, unary, member access, indexing, calls, list and map literals; and the
/// standard macros (has, all, exists, exists_one, map, filter) expanded at parse time as cel-go does.
/// </summary>
internal sealed class CelParser
{
    private const int MaxDepth = 250;
    private const int MaxCodePoints = 100_000;

    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        "as", "break", "const", "continue", "else", "for", "function", "if", "import", "let", "loop", "package",
        "namespace", "return", "var", "void", "while",
    };

    private readonly List<CelToken> _tokens;
    private int _index;
    private int _depth;

    private CelParser(List<CelToken> tokens)
    {
        _tokens = tokens;
    }

    private CelToken Current => _tokens[_index];

    public static CelNode Parse(string text)
    {
        var size = text.EnumerateRunes().Count();
        if (size > MaxCodePoints)
        {
            throw new CelCompileException($"expression code point size exceeds limit: size: {size}, limit {MaxCodePoints}", 0);
        }

        var parser = new CelParser(CelLexer.Tokenize(text));
        var node = parser.Expression();
        if (parser.Current.Kind != CelTokenKind.End)
        {
            throw parser.Unexpected();
        }

        return node;
    }

    private CelNode Expression()
    {
        if (++_depth > MaxDepth)
        {
            throw new CelCompileException($"expression recursion limit exceeded: {MaxDepth}", Current.Position);
        }

        var condition = Or();
        if (IsOperator("?"))
        {
            var position = Next().Position;
            var then = Or();
            Expect(":");
            var otherwise = Expression();
            condition = Call("_?_:_", position, condition, then, otherwise);
        }

        _depth--;
        return condition;
    }

    private CelNode Or()
    {
        var left = And();
        while (IsOperator("||"))
        {
            var position = Next().Position;
            left = Call("_||_", position, left, And());
        }

        return left;
    }

    private CelNode And()
    {
        var left = Relation();
        while (IsOperator("&&"))
        {
            var position = Next().Position;
            left = Call("_&&_", position, left, Relation());
        }

        return left;
    }

    private CelNode Relation()
    {
        var left = Addition();
        while (true)
        {
            var name = Current.Kind == CelTokenKind.Operator ? Current.Text switch
            {
                "==" => "_==_",
                "!=" => "_!=_",
                "<" => "_<_",
                "<=" => "_<=_",
                ">" => "_>_",
                ">=" => "_>=_",
                _ => null,
            } : Current.Kind == CelTokenKind.Identifier && Current.Text == "in" ? "@in" : null;
            if (name is null)
            {
                return left;
            }

            var position = Next().Position;
            left = Call(name, position, left, Addition());
        }
    }

    private CelNode Addition()
    {
        var left = Multiplication();
        while (IsOperator("+") || IsOperator("-"))
        {
            var token = Next();
            left = Call(token.Text == "+" ? "_+_" : "_-_", token.Position, left, Multiplication());
        }

        return left;
    }

    private CelNode Multiplication()
    {
        var left = Unary();
        while (IsOperator("*") || IsOperator("/") || IsOperator("%"))
        {
            var token = Next();
            var name = token.Text switch { "*" => "_*_", "/" => "_/_", _ => "_%_" };
            left = Call(name, token.Position, left, Unary());
        }

        return left;
    }

    private CelNode Unary()
    {
        if (_depth + 1 > MaxDepth)
        {
            throw new CelCompileException($"expression recursion limit exceeded: {MaxDepth}", Current.Position);
        }

        if (IsOperator("!"))
        {
            var position = Next().Position;
            _depth++;
            var operand = Unary();
            _depth--;
            return Call("!_", position, operand);
        }

        if (IsOperator("-"))
        {
            var position = Next().Position;
            if (Current.Kind is CelTokenKind.Int or CelTokenKind.Double)
            {
                var literal = Member(Primary(negate: true));
                return literal;
            }

            _depth++;
            var negated = Unary();
            _depth--;
            return Call("-_", position, negated);
        }

        return Member(Primary(negate: false));
    }

    private CelNode Member(CelNode operand)
    {
        while (true)
        {
            if (IsOperator("."))
            {
                var dot = Next().Position;
                if (IsOperator("?"))
                {
                    // Optional field selection (CEL's optional library): self.?field yields optional values.
                    Next();
                    var field = Identifier();
                    operand = Call("_?._", dot, operand, Literal(field.Position, field.Text));
                    continue;
                }

                var name = Identifier();
                if (IsOperator("("))
                {
                    var args = Arguments();
                    operand = MethodOrMacro(operand, name, args);
                }
                else
                {
                    operand = Limit(new CelNode(CelNodeKind.Select, dot) { Target = operand, Name = name.Text });
                }
            }
            else if (IsOperator("["))
            {
                var position = Next().Position;
                var optional = IsOperator("?");
                if (optional)
                {
                    Next();
                }

                var index = Expression();
                Expect("]");
                operand = Call(optional ? "_[?_]" : "_[_]", position, operand, index);
            }
            else
            {
                return operand;
            }
        }
    }

    private CelNode Primary(bool negate)
    {
        var token = Current;
        switch (token.Kind)
        {
            case CelTokenKind.Int:
                Next();
                var magnitude = (ulong)token.Value!;
                if (!negate && magnitude > long.MaxValue)
                {
                    throw new CelCompileException("invalid int literal", token.Position);
                }

                return Literal(token.Position, negate ? (long)(0 - magnitude) : (long)magnitude);
            case CelTokenKind.Uint:
                Next();
                return Literal(token.Position, token.Value);
            case CelTokenKind.Double:
                Next();
                return Literal(token.Position, negate ? -(double)token.Value! : token.Value);
            case CelTokenKind.String:
            case CelTokenKind.Bytes:
                Next();
                return Literal(token.Position, token.Value);
            case CelTokenKind.Identifier:
                return IdentifierOrCall();
            case CelTokenKind.Operator when token.Text == "(":
                Next();
                var inner = Expression();
                Expect(")");
                return inner;
            case CelTokenKind.Operator when token.Text == "[":
                Next();
                var items = List("]");
                return Limit(new CelNode(CelNodeKind.List, token.Position) { Args = items });
            case CelTokenKind.Operator when token.Text == "{":
                Next();
                return MapLiteral(token.Position);
            case CelTokenKind.Operator when token.Text == ".":
                Next();
                return IdentifierOrCall();
            default:
                throw Unexpected();
        }
    }

    private CelNode IdentifierOrCall()
    {
        var name = Identifier();
        switch (name.Text)
        {
            case "true":
                return Literal(name.Position, true);
            case "false":
                return Literal(name.Position, false);
            case "null":
                return Literal(name.Position, CelNull.Instance);
        }

        if (!IsOperator("("))
        {
            return new CelNode(CelNodeKind.Identifier, name.Position) { Name = name.Text };
        }

        var args = Arguments();
        if (name.Text == "has")
        {
            if (args.Count != 1 || args[0].Kind != CelNodeKind.Select)
            {
                throw new CelCompileException("invalid argument to has() macro", name.Position);
            }

            return Limit(new CelNode(CelNodeKind.Has, name.Position) { Target = args[0] });
        }

        return Limit(new CelNode(CelNodeKind.Call, name.Position) { Name = name.Text, Args = args });
    }

    private static CelNode MethodOrMacro(CelNode target, CelToken name, List<CelNode> args)
    {
        var macro = name.Text switch
        {
            "all" or "exists" or "exists_one" or "filter" when args.Count == 2 => name.Text,
            "map" when args.Count is 2 or 3 => name.Text,
            _ => null,
        };
        if (macro is null && target is { Kind: CelNodeKind.Identifier, Name: "optional" } && name.Text is "of" or "none" or "ofNonZeroValue")
        {
            return Limit(new CelNode(CelNodeKind.Call, name.Position) { Name = "optional." + name.Text, Args = args });
        }

        if (macro is null && target is { Kind: CelNodeKind.Identifier, Name: "sets" } && name.Text is "contains" or "equivalent" or "intersects")
        {
            return Limit(new CelNode(CelNodeKind.Call, name.Position) { Name = "sets." + name.Text, Args = args });
        }

        if (macro is null)
        {
            return Limit(new CelNode(CelNodeKind.Call, name.Position) { Name = name.Text, Target = target, Args = args });
        }

        if (args[0].Kind != CelNodeKind.Identifier)
        {
            throw new CelCompileException("argument must be a simple name", args[0].Position);
        }

        return Limit(new CelNode(CelNodeKind.Comprehension, name.Position)
        {
            Name = macro,
            Variable = args[0].Name,
            Target = target,
            Args = [.. args.Skip(1)],
        });
    }

    private CelNode MapLiteral(int position)
    {
        var entries = new List<CelNode>();
        while (!IsOperator("}"))
        {
            entries.Add(Expression());
            Expect(":");
            entries.Add(Expression());
            if (!IsOperator(","))
            {
                break;
            }

            Next();
        }

        Expect("}");
        return Limit(new CelNode(CelNodeKind.Map, position) { Args = entries });
    }

    private List<CelNode> Arguments()
    {
        Expect("(");
        return List(")");
    }

    private List<CelNode> List(string close)
    {
        var items = new List<CelNode>();
        while (!IsOperator(close))
        {
            items.Add(Expression());
            if (!IsOperator(","))
            {
                break;
            }

            Next();
        }

        Expect(close);
        return items;
    }

    private CelToken Identifier()
    {
        if (Current.Kind != CelTokenKind.Identifier || Current.Text == "in")
        {
            throw Unexpected();
        }

        if (Reserved.Contains(Current.Text))
        {
            throw new CelCompileException($"Syntax error: reserved identifier: {Current.Text}", Current.Position);
        }

        return Next();
    }

    private bool IsOperator(string text) => Current.Kind == CelTokenKind.Operator && Current.Text == text;

    private CelToken Next() => _tokens[_index++];

    private void Expect(string text)
    {
        if (!IsOperator(text))
        {
            throw Unexpected(text);
        }

        Next();
    }

    private CelCompileException Unexpected(string? expecting = null)
    {
        var token = Current;
        var found = token.Kind == CelTokenKind.End ? "<EOF>" : $"'{token.Text}'";
        var message = expecting is null
            ? $"Syntax error: mismatched input {found}"
            : $"Syntax error: mismatched input {found} expecting '{expecting}'";
        return new CelCompileException(message, token.Position);
    }

    private static CelNode Literal(int position, object? value) => new(CelNodeKind.Literal, position) { Value = value };

    private static CelNode Call(string name, int position, params CelNode[] args) =>
        Limit(new CelNode(CelNodeKind.Call, position) { Name = name, Args = args });

    /// <summary>
    /// Bounds the depth of the tree as it is built bottom-up, so that long operator chains cannot make the checker
    /// or the interpreter recurse without limit (cel-go's parser has the same kind of recursion limit).
    /// </summary>
    private static CelNode Limit(CelNode node)
    {
        var depth = 1 + Math.Max(node.Target?.Depth ?? 0, node.Args.Count == 0 ? 0 : node.Args.Max(a => a.Depth));
        if (depth > MaxDepth)
        {
            throw new CelCompileException($"expression recursion limit exceeded: {MaxDepth}", node.Position);
        }

        return node with { Depth = depth };
    }
}
