namespace Ferry.Templating.Parsing;

internal sealed class BreakNode(int position) : Node(position)
{
    public override string ToString() => "{{break}}";
}
