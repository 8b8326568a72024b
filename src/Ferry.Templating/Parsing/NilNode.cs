namespace Ferry.Templating.Parsing;

internal sealed class NilNode(int position) : Node(position)
{
    public override string ToString() => "nil";
}
