namespace Ferry.Schemas.Cel;

/// <summary>
/// One node of a parsed CEL expression. Operators are calls with operator names (<c>_&amp;&amp;_</c>, <c>_[_]</c>,
/// <c>!_</c>, <c>_?_:_</c>); macros (all, exists, exists_one, map, filter) are comprehensions whose
/// <see cref="Name"/> is the macro and <see cref="Variable"/> the iteration variable.
/// </summary>
internal sealed record CelNode(CelNodeKind Kind, int Position)
{
    public object? Value { get; init; }

    public string Name { get; init; } = string.Empty;

    public string Variable { get; init; } = string.Empty;

    /// <summary>The operand of a select, the receiver of a method call, the range of a comprehension.</summary>
    public CelNode? Target { get; init; }

    public IReadOnlyList<CelNode> Args { get; init; } = [];

    /// <summary>The height of the tree below and including this node.</summary>
    public int Depth { get; init; } = 1;
}
