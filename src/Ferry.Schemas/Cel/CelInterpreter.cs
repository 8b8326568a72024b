namespace Ferry.Schemas.Cel;

/// <summary>
/// Evaluates a checked CEL expression. Every step costs one unit, and string and list work costs in proportion to
/// its size, so a rule over hostile input stops at its limit with <see cref="CelCostExceededException"/>.
/// </summary>
internal sealed class CelInterpreter
{
    private long _remaining;

    public CelInterpreter(long costLimit)
    {
        _remaining = costLimit;
    }

    /// <summary>Cost units used so far.</summary>
    public long Used { get; private set; }

    public void Charge(long units)
    {
        Used += units;
        _remaining -= units;
        if (_remaining < 0)
        {
            throw new CelCostExceededException();
        }
    }

    public object Evaluate(CelNode node, CelScope? scope)
    {
        Charge(1);
        switch (node.Kind)
        {
            case CelNodeKind.Literal:
                return node.Value ?? CelNull.Instance;
            case CelNodeKind.Identifier:
                return scope is not null && scope.TryGet(node.Name, out var bound)
                    ? bound
                    : throw new CelEvalException($"no such attribute: {node.Name}");
            case CelNodeKind.Select:
                return Select(Evaluate(node.Target!, scope), node.Name);
            case CelNodeKind.Has:
                var operand = Evaluate(node.Target!.Target!, scope);
                return operand switch
                {
                    ICelMap map => map.TryGetField(node.Target.Name, out _),
                    _ => throw new CelEvalException("invalid type for field selection."),
                };
            case CelNodeKind.List:
                return new CelList([.. node.Args.Select(a => Evaluate(a, scope))]);
            case CelNodeKind.Map:
                var literal = new CelMap();
                for (var i = 0; i < node.Args.Count; i += 2)
                {
                    literal.Add(Evaluate(node.Args[i], scope), Evaluate(node.Args[i + 1], scope));
                }

                return literal;
            case CelNodeKind.Comprehension:
                return Comprehension(node, scope);
            default:
                return Call(node, scope);
        }
    }

    private static object Select(object target, string name) => target switch
    {
        // Selection continues inside an optional chain (self.?a.b): a missing field ends it as optional.none.
        CelOptional optional => optional.Value is ICelMap inner && inner.TryGetField(name, out var found)
            ? new CelOptional(found)
            : optional.HasValue && optional.Value is not ICelMap
                ? throw new CelEvalException($"type '{CelValues.TypeName(optional.Value!)}' does not support field selection")
                : CelOptional.None,
        ICelMap map => map.TryGetField(name, out var value) ? value : throw new CelEvalException($"no such key: {CelNames.Unescape(name)}"),
        _ => throw new CelEvalException($"type '{CelValues.TypeName(target)}' does not support field selection"),
    };

    private object Comprehension(CelNode node, CelScope? scope)
    {
        var range = Evaluate(node.Target!, scope);
        IEnumerable<object> elements = range switch
        {
            CelList list => list.Items,
            ICelMap map => map.Keys,
            _ => throw new CelEvalException("no such overload"),
        };
        var results = new List<object>();
        var count = 0;
        CelEvalException? deferred = null;
        foreach (var element in elements)
        {
            Charge(1);
            var inner = new CelScope(node.Variable, element, scope);
            switch (node.Name)
            {
                case "all" or "exists":
                    object outcome;
                    try
                    {
                        outcome = Evaluate(node.Args[0], inner);
                    }
                    catch (CelEvalException e)
                    {
                        // Like && and ||, a decisive element wins over an error in another element.
                        deferred ??= e;
                        continue;
                    }

                    var truth = AsBool(outcome);
                    if (node.Name == "all" && !truth)
                    {
                        return false;
                    }

                    if (node.Name == "exists" && truth)
                    {
                        return true;
                    }

                    break;
                case "exists_one":
                    if (AsBool(Evaluate(node.Args[0], inner)))
                    {
                        count++;
                    }

                    break;
                case "filter":
                    if (AsBool(Evaluate(node.Args[0], inner)))
                    {
                        results.Add(element);
                    }

                    break;
                default:
                    if (node.Args.Count == 1 || AsBool(Evaluate(node.Args[0], inner)))
                    {
                        results.Add(Evaluate(node.Args[^1], inner));
                    }

                    break;
            }
        }

        if (deferred is not null)
        {
            throw deferred;
        }

        return node.Name switch
        {
            "all" => true,
            "exists" => false,
            "exists_one" => count == 1,
            _ => new CelList(results),
        };
    }

    private object Call(CelNode node, CelScope? scope)
    {
        switch (node.Name)
        {
            case "_&&_":
                return Logical(node, scope, shortCircuitOn: false);
            case "_||_":
                return Logical(node, scope, shortCircuitOn: true);
            case "_?_:_":
                return AsBool(Evaluate(node.Args[0], scope))
                    ? Evaluate(node.Args[1], scope)
                    : Evaluate(node.Args[2], scope);
        }

        var args = new object[node.Args.Count];
        for (var i = 0; i < args.Length; i++)
        {
            args[i] = Evaluate(node.Args[i], scope);
        }

        var receiver = node.Target is null ? null : Evaluate(node.Target, scope);
        return CelFunctions.Invoke(this, node.Name, receiver, args);
    }

    private bool Logical(CelNode node, CelScope? scope, bool shortCircuitOn)
    {
        CelEvalException? error = null;
        try
        {
            if (AsBool(Evaluate(node.Args[0], scope)) == shortCircuitOn)
            {
                return shortCircuitOn;
            }
        }
        catch (CelEvalException e)
        {
            error = e;
        }

        // CEL's logical operators are commutative: a decisive right side wins over an error on the left.
        if (AsBool(Evaluate(node.Args[1], scope)) == shortCircuitOn)
        {
            return shortCircuitOn;
        }

        return error is null ? !shortCircuitOn : throw error;
    }

    internal static bool AsBool(object value) =>
        value is bool b ? b : throw new CelEvalException("no such overload");
}
