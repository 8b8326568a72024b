namespace Ferry.Templating.Parsing;

internal sealed class DotNode(int position) : Node(position)
{
    public override string ToString() => ".";
}
