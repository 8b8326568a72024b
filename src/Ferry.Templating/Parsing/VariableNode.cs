namespace Ferry.Templating.Parsing;

/// <summary>A variable with an optional field chain: <c>$x.a.b</c> has identifiers [$x, a, b].</summary>
internal sealed class VariableNode(int position, string text) : Node(position)
{
    public string[] Ident { get; } = text.Split('.');

    public override string ToString() => string.Join('.', Ident);
}
