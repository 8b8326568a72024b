namespace Ferry.Templating.Parsing;

/// <summary>An action that evaluates a pipeline and prints its value (unless it declares variables).</summary>
internal sealed class ActionNode(int position, int line, PipeNode pipe) : Node(position)
{
    public int Line { get; } = line;

    public PipeNode Pipe { get; } = pipe;

    public override string ToString() => "{{" + Pipe + "}}";
}
