namespace Ferry.Templating.Parsing;

internal sealed class ContinueNode(int position) : Node(position)
{
    public override string ToString() => "{{continue}}";
}
