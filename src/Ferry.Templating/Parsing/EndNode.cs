namespace Ferry.Templating.Parsing;

/// <summary>{{end}}: only seen by the parser.</summary>
internal sealed class EndNode(int position) : Node(position)
{
    public override string ToString() => "{{end}}";
}
