namespace Ferry.Templating.Parsing;

/// <summary>{{else}}: only seen by the parser.</summary>
internal sealed class ElseNode(int position, int line) : Node(position)
{
    public int Line { get; } = line;

    public override string ToString() => "{{else}}";
}
