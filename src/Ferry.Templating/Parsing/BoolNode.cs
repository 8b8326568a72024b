namespace Ferry.Templating.Parsing;

internal sealed class BoolNode(int position, bool value) : Node(position)
{
    public bool Value { get; } = value;

    public override string ToString() => Value ? "true" : "false";
}
